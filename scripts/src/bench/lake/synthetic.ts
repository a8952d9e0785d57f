/**
 * A synthetic medical dataset of any size, the same for the same size and seed: people,
 * conditions, treatments and citations that reference each other as Vetted's do, with one
 * document in ten also carrying a draft (some drafts have no published document at all).
 */

export type SyntheticDocument = {_id: string; _type: string; [key: string]: unknown}

/** mulberry32: a small, fast, seedable generator. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = [
  'lumbar',
  'spasm',
  'muscle',
  'strain',
  'disc',
  'nerve',
  'pain',
  'chronic',
  'acute',
  'heat',
  'therapy',
  'exercise',
  'stretch',
  'posture',
  'spine',
  'sciatica',
  'relief',
  'rest',
  'core',
  'massage',
  'injection',
  'surgery',
  'physical',
  'relaxant',
  'inflammation',
  'stiffness',
]
const kinds = ['self-care', 'medication', 'physical therapy', 'procedure', 'surgery']
const evidence = ['strong', 'moderate', 'limited', 'insufficient']
const statuses = ['verified', 'unverified', 'retracted']
const specialties = ['PM&R', 'Family medicine', 'Orthopedics', 'Neurology', 'Rheumatology']

/**
 * Medication names, ten stems by ten endings: a search for one (`cyclofen*`) finds one
 * treatment in a hundred, as a search in a real medical vocabulary does, where the 26 words
 * above each appear in half the documents.
 */
const stems = ['cyclo', 'dexa', 'meto', 'pred', 'gaba', 'tizan', 'napro', 'ibu', 'keto', 'diclo']
const endings = ['fen', 'pam', 'lol', 'zol', 'pril', 'done', 'tine', 'mide', 'sone', 'xib']

/** The medication of the treatment with this index (no draw from the generator). */
export const medicationName = (index: number) =>
  `${stems[index % stems.length]}${endings[Math.floor(index / stems.length) % endings.length]}`

/** How the documents split by type (the rest are citations). */
export const shares = {person: 0.02, condition: 0.1, treatment: 0.3}

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}s`, text, marks: []}],
})

const ref = (target: string, key?: string) => ({
  _type: 'reference',
  _ref: target,
  ...(key ? {_key: key} : {}),
})

const id = (type: string, index: number) => `${type}-${String(index).padStart(6, '0')}`

export function syntheticDataset(size: number, seed = 1): SyntheticDocument[] {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const sentence = (count: number) => Array.from({length: count}, () => pick(words)).join(' ') + '.'

  const counts = {
    person: Math.max(1, Math.round(size * shares.person)),
    condition: Math.max(1, Math.round(size * shares.condition)),
    treatment: Math.max(1, Math.round(size * shares.treatment)),
  }
  const citations = Math.max(1, size - counts.person - counts.condition - counts.treatment)
  const documents: SyntheticDocument[] = []

  for (let i = 0; i < counts.person; i++)
    documents.push({
      _id: id('person', i),
      _type: 'person',
      name: `Dr. ${pick(words)} ${pick(words)}`,
      slug: {_type: 'slug', current: `person-${i}`},
      credentials: [pick(['MD', 'DO', 'MPH', 'PhD'])],
      specialty: pick(specialties),
      isReviewer: next() < 0.4,
    })
  for (let i = 0; i < citations; i++)
    documents.push({
      _id: id('citation', i),
      _type: 'citation',
      title: sentence(8),
      authors: [`${pick(words)} A`, `${pick(words)} B`],
      journal: `J ${pick(words)}`,
      year: 1990 + Math.floor(next() * 35),
      doi: `10.1000/${i}`,
      status: pick(statuses),
      verifiedBy: ref(id('person', Math.floor(next() * counts.person))),
      // One in 250 has a published correction (what a `defined()` filter looks for).
      ...(i % 250 === 125 ? {correction: {note: `Corrected dose in table ${i % 7}`}} : {}),
    })
  for (let i = 0; i < counts.condition; i++)
    documents.push({
      _id: id('condition', i),
      _type: 'condition',
      name: `${pick(words)} ${pick(words)} ${i}`,
      slug: {_type: 'slug', current: `condition-${i}`},
      icd10: `M54.${i % 10}`,
      summary: sentence(30),
      symptoms: [sentence(5), sentence(5), sentence(5)],
      author: ref(id('person', Math.floor(next() * counts.person))),
      citations: Array.from({length: 3}, (_, k) =>
        ref(id('citation', Math.floor(next() * citations)), `c${k}`),
      ),
      body: Array.from({length: 4}, (_, k) => block(`b${k}`, sentence(40))),
    })
  for (let i = 0; i < counts.treatment; i++)
    documents.push({
      _id: id('treatment', i),
      _type: 'treatment',
      name: `${pick(words)} ${pick(words)} ${i}`,
      slug: {_type: 'slug', current: `treatment-${i}`},
      kind: pick(kinds),
      evidenceLevel: pick(evidence),
      conditions: [ref(id('condition', Math.floor(next() * counts.condition)), 'k0')],
      summary: sentence(20),
      citations: [ref(id('citation', Math.floor(next() * citations)), 'c0')],
      medication: {name: medicationName(i), dose: `${5 * (1 + (i % 8))} mg`},
    })

  // One in ten gets a draft; one in five of those has never been published.
  const withDrafts: SyntheticDocument[] = []
  for (const document of documents) {
    if (next() >= 0.1) {
      withDrafts.push(document)
      continue
    }
    const draft = {...document, _id: `drafts.${document._id}`, summary: sentence(12)}
    if (next() >= 0.2) withDrafts.push(document)
    withDrafts.push(draft)
  }
  return withDrafts
}
