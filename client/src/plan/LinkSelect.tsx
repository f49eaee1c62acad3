/** A labelled select that acts as soon as an option is chosen (linking one item to another), then resets. */
export function LinkSelect({ id, label, options, onChoose }: {
  id: string;
  label: string;
  options: ReadonlyArray<{ id: string; title: string }>;
  onChoose: (optionId: string) => void;
}) {
  if (options.length === 0) return null;
  return (
    <div className="item-field tree-link">
      <label htmlFor={id}>{label}</label>
      <select id={id} value="" onChange={(e) => { if (e.target.value) onChoose(e.target.value); }}>
        <option value="">Choose…</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.title || 'Untitled'}</option>)}
      </select>
    </div>
  );
}
