import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { LocalModeBanner } from "~/ui/LocalModeBanner";
import { useNonce } from "~/ui/nonce";
import { SiteFooter } from "~/ui/SiteFooter";
import { SiteHeader } from "~/ui/SiteHeader";
import { getSession } from "~/auth/session.server";
import { config, outboxReadableBy } from "~/config.server";
import stylesheet from "~/tailwind.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => {
  if (!error) return [{ title: "Career Recovery Toolkit" }];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [{ title: `${notFound ? "Page not found" : "Something went wrong"} · Career Recovery Toolkit` }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const cfg = config();
  const session = await getSession(request);
  return data(
    {
      services: cfg.services,
      showLocalBanner: !cfg.isProduction || cfg.services.payments === "local",
      outboxReadable: outboxReadableBy(cfg.outboxPage, context.clientIp),
      user: session ? { email: session.user.email } : null,
    },
    // Sliding expiry: the cookie's lifetime is extended when the session was renewed.
    session?.refreshedCookie ? { headers: { "Set-Cookie": session.refreshedCookie } } : undefined,
  );
}

export type RootLoaderData = Awaited<ReturnType<typeof loader>>;

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="en" className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {data?.showLocalBanner ? (
          <LocalModeBanner services={data.services} outboxReadable={data.outboxReadable} />
        ) : null}
        <SiteHeader user={data?.user ?? null} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <ErrorPage title="Page not found" status={404}>
        <p>We could not find that page. It may have moved, or the address may be mistyped.</p>
      </ErrorPage>
    );
  }
  if (isRouteErrorResponse(error)) {
    return (
      <ErrorPage title={error.statusText || "Something went wrong"} status={error.status}>
        <p>{typeof error.data === "string" ? error.data : "The request could not be completed."}</p>
      </ErrorPage>
    );
  }
  return (
    <ErrorPage title="Something went wrong" status={500}>
      <p>
        An unexpected error stopped this page. Nothing you saved was lost. Try again in a moment; if it keeps happening,
        tell us what you were doing.
      </p>
    </ErrorPage>
  );
}

function ErrorPage({ title, status, children }: { title: string; status: number; children: ReactNode }) {
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-12">
      <p className="text-sm font-semibold text-brand-700">Error {status}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-semibold">
        {title}
      </h1>
      <div className="mt-4 space-y-3 text-stone-700">{children}</div>
      <p className="mt-6">
        <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}
