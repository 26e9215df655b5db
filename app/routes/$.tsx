import { data } from "@remix-run/node";

// Any address no other route claims: answer 404 and let the root boundary show the page.
export function loader() {
  throw data("Not found", { status: 404 });
}

export function action() {
  throw data("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
