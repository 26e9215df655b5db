import { Link } from "@remix-run/react";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-sm text-stone-600 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-stone-800">Career Recovery Toolkit</p>
          <p className="mt-1">Honest tools for engineers after a layoff or before an offer.</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            <li>
              <Link to="/compare">Role comparisons</Link>
            </li>
            <li>
              <Link to="/pricing">Pricing and refunds</Link>
            </li>
            <li>
              <Link to="/samples">Sample outputs</Link>
            </li>
            <li>
              <Link to="/toolkit">The toolkit</Link>
            </li>
            <li>
              <Link to="/contact">Contact us</Link>
            </li>
            <li>
              <Link to="/terms">Terms</Link>
            </li>
            <li>
              <Link to="/privacy">Privacy</Link>
            </li>
          </ul>
        </nav>
        <p>
          Pay figures come from public data (U.S. Bureau of Labor Statistics, U.S. Department of Labor, aijobs.net,
          Stack Overflow Developer Survey) and always show their source, sample size and date.
        </p>
      </div>
    </footer>
  );
}
