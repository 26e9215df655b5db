import { decodeHTML } from "entities";

/** Text of server-rendered HTML as a reader sees it: every character reference decoded
 *  (React writes ' as &#x27;, " as &quot;, & as &amp;…). Tags are left as they are. */
export function decodeHtml(html: string): string {
  return decodeHTML(html);
}
