/**
 * An address shortened for logs: enough to tell emails apart ("j***@example.com"), not
 * enough to identify the person. Logs must not carry full addresses, subjects or bodies.
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "***";
  return `${address[0]}***${address.slice(at)}`;
}
