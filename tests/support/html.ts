import { decodeHTML } from "entities";

/** Text of server-rendered HTML as a reader sees it: every character reference decoded
 *  (React writes ' as &#x27;, " as &quot;, & as &amp;…). Tags are left as they are. */
export function decodeHtml(html: string): string {
  return decodeHTML(html);
}

/** The words of an HTML page or email as a reader meets them: scripts dropped, each tag a
 *  space, character references decoded, white space collapsed. */
export function visibleText(html: string): string {
  return decodeHtml(html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
}
