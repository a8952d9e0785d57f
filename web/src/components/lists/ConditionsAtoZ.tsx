import type {ClinicalSummary} from '../../sanity/types.ts'

function initial(title: string): string {
  const letter = title.normalize('NFD').charAt(0).toUpperCase()
  return /[A-Z]/.test(letter) ? letter : '#'
}

/** Conditions grouped by first letter, with a jump list to the letters that have any. */
export function ConditionsAtoZ({conditions}: {conditions: ClinicalSummary[]}) {
  if (conditions.length === 0) return <p>No reviewed conditions yet.</p>
  const groups = new Map<string, ClinicalSummary[]>()
  for (const condition of conditions) {
    const letter = initial(condition.title)
    groups.set(letter, [...(groups.get(letter) ?? []), condition])
  }
  const letters = [...groups.keys()].sort()
  return (
    <div className="a-to-z">
      <nav aria-label="Conditions by letter">
        <ul className="letters">
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h3 id={`letter-${letter}`} className="letter">
            {letter}
          </h3>
          <ul className="condition-names">
            {(groups.get(letter) ?? []).map((condition) => (
              <li key={condition.id}>
                <a href={condition.path}>{condition.title}</a>
                {condition.synonyms.length > 0 ? (
                  <span className="synonyms"> (also: {condition.synonyms.join(', ')})</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
