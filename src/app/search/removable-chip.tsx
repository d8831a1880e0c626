/** A chosen filter as a chip that removes it. */
export function RemovableChip({ label, onRemove, what = "取消" }: { label: string; onRemove: () => void; what?: string }) {
  return (
    <li>
      <button type="button" className="chip chip-on" onClick={onRemove}>
        {label}
        <span aria-hidden="true"> ×</span>
        <span className="sr-only">（{what}）</span>
      </button>
    </li>
  );
}
