/** A table's header row: one column heading per label, each styled alike. */
export function ColumnHeads({
  labels,
  className,
  rowClassName,
}: {
  labels: readonly string[];
  className: string;
  rowClassName?: string;
}) {
  return (
    <tr className={rowClassName}>
      {labels.map((label) => (
        <th key={label} scope="col" className={className}>
          {label}
        </th>
      ))}
    </tr>
  );
}
