// The interpretations written next to a rule (how an ambiguous sentence of the policy is read), as a
// plain list: shown by the calculator's result and by the policy browser.

export function Interpretations({ items }: { items: readonly string[] }) {
  return (
    <ul className="plain">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
}
