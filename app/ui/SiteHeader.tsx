import { Form, Link, NavLink } from "@remix-run/react";

export interface HeaderUser {
  email: string;
}

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 text-sm font-medium no-underline hover:bg-brand-50 ${
    isActive ? "text-brand-800 bg-brand-50" : "text-stone-700"
  }`;

export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="text-lg font-semibold text-stone-900 no-underline">
          Career Recovery Toolkit
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-1">
            <li>
              <NavLink to="/compare" className={navLinkClass}>
                Compare roles
              </NavLink>
            </li>
            <li>
              <NavLink to="/pricing" className={navLinkClass}>
                Pricing
              </NavLink>
            </li>
            <li>
              <NavLink to="/toolkit" className={navLinkClass}>
                Toolkit
              </NavLink>
            </li>
            {user ? (
              <>
                <li>
                  <NavLink to="/documents" className={navLinkClass}>
                    Documents
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/account" className={navLinkClass} title={user.email}>
                    Account
                  </NavLink>
                </li>
                <li>
                  <Form method="post" action="/logout">
                    <button
                      type="submit"
                      className="rounded px-2 py-1 text-sm font-medium text-stone-700 hover:bg-brand-50"
                    >
                      Sign out
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/login" className={navLinkClass}>
                    Sign in
                  </NavLink>
                </li>
                <li>
                  <Link
                    to="/signup"
                    className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-800"
                  >
                    Create account
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
