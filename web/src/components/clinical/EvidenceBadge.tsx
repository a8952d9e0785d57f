import type {EvidenceLevel} from '../../sanity/types.ts'

const gradeWords: Record<string, string> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
}

export function evidenceText(evidence: EvidenceLevel): string {
  if (evidence.system === 'GRADE') {
    return `${gradeWords[evidence.grade] ?? evidence.grade} certainty evidence (GRADE)`
  }
  return `Evidence level ${evidence.grade} (CEBM)`
}

/** Strength of evidence in words, not colour alone. */
export function EvidenceBadge({evidence}: {evidence: EvidenceLevel}) {
  return (
    <span className={`badge evidence-${evidence.system === 'GRADE' ? evidence.grade : 'cebm'}`}>
      {evidenceText(evidence)}
    </span>
  )
}
