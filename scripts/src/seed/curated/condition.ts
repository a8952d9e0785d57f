import type {SeedDocument} from '../document.ts'
import {conditionId, draftId, personIds, targets, treatmentSlugs} from '../ids.ts'
import {citedSources, richText, type BlockSpec} from '../portableText.ts'
import {referenceList} from '../references.ts'
import {curatedCitationId as cite} from './citations.ts'

const body: BlockSpec[] = [
  {text: 'What happens in a back spasm', style: 'h2'},
  {
    text: 'The muscles that run alongside the lumbar spine can contract suddenly and stay contracted. Often this is the body guarding a strained muscle or ligament; sometimes it accompanies another problem in the spine, such as a disc or joint that has become irritated.',
  },
  {
    text: 'Most people with a back spasm have no serious underlying disease, and most people with acute or subacute low back pain improve over time whatever treatment they have.',
    cites: [
      {
        words:
          'most people with acute or subacute low back pain improve over time whatever treatment they have',
        sources: [cite('qaseem-2017-acp-guideline')],
      },
    ],
  },
  {text: 'Looking after a spasm', style: 'h2'},
  {
    text: 'People advised to stay active have slightly less pain and get about better than people advised to rest in bed. For a recent spasm, guidelines suggest starting with treatments that are not medicines, such as heat, massage, acupuncture or spinal manipulation; if a medicine is wanted, an anti-inflammatory painkiller or a muscle relaxant. A pharmacist or doctor can advise which suits you and for how long.',
    cites: [
      {
        words:
          'People advised to stay active have slightly less pain and get about better than people advised to rest in bed.',
        sources: [cite('dahm-2010-bed-rest')],
      },
      {
        words:
          'guidelines suggest starting with treatments that are not medicines, such as heat, massage, acupuncture or spinal manipulation; if a medicine is wanted, an anti-inflammatory painkiller or a muscle relaxant',
        sources: [cite('qaseem-2017-acp-guideline')],
      },
    ],
  },
  {
    text: 'When a spasm keeps coming back, a physiotherapist can assess movement and suggest exercises that build strength and confidence; for pain lasting more than three months, exercise therapy probably reduces pain and improves function. Manual therapies such as massage or spinal manipulation may give short-term relief for some people.',
    cites: [
      {
        words:
          'for pain lasting more than three months, exercise therapy probably reduces pain and improves function',
        sources: [cite('hayden-2021-exercise')],
      },
      {
        words:
          'Manual therapies such as massage or spinal manipulation may give short-term relief for some people.',
        sources: [cite('furlan-2015-massage'), cite('paige-2017-spinal-manipulation')],
      },
    ],
  },
  {text: 'When to get medical help', style: 'h2'},
  {
    text: 'See a doctor urgently if back pain comes with any of the warning signs listed on this page, such as loss of bladder or bowel control, numbness or weakness in the legs, fever, unexplained weight loss, or pain after a fall or accident. Also see a doctor if the pain is not improving after a few weeks.',
  },
]

/** The curated condition page every seed article is about, as a draft awaiting review. */
export function buildCondition(): SeedDocument {
  return {
    _id: draftId(conditionId),
    _type: 'condition',
    name: 'Lower back spasm',
    slug: {_type: 'slug', current: 'lower-back-spasm'},
    synonyms: [
      'Back spasm',
      'Low back muscle spasm',
      'Lumbar muscle spasm',
      'Spasm of the lower back muscles',
    ],
    code: {
      _type: 'medicalCode',
      system: 'ICD-10-CM',
      code: 'M62.830',
      label: 'Muscle spasm of back',
    },
    audience: 'patient',
    summary:
      'A lower back spasm is a sudden, involuntary tightening of the muscles of the lower back. It usually follows a strain or an awkward movement and can be very painful, but most episodes settle within days to a few weeks with simple self-care and staying gently active.',
    symptoms: [
      'Sudden sharp or cramping pain in the lower back',
      'A feeling of the back muscles tightening or knotting',
      'Stiffness and difficulty bending, standing up straight or walking',
      'Pain that changes with movement and position',
      'Pain that may spread to the buttocks or hips',
    ],
    causes: [
      'Muscle strain or ligament sprain, often from lifting, twisting or a sudden movement',
      'Overuse, such as unaccustomed exercise or repetitive work',
      'Holding one posture for a long time',
      'Muscle guarding around another back problem, such as a herniated disc, facet joint arthritis or spinal stenosis',
      'Irritation of a spinal nerve, as in sciatica',
    ],
    riskFactors: [
      'Lifting heavy loads with poor technique',
      'Low physical activity and deconditioned trunk muscles',
      'Long periods of sitting',
      'Previous episodes of low back pain',
      'Physically demanding work',
      'Smoking',
      'Excess body weight',
      'Psychological stress',
    ],
    redFlags: [
      'Loss of bladder or bowel control, or new difficulty passing urine',
      'Numbness around the genitals, buttocks or inner thighs',
      'Numbness, tingling or weakness in one or both legs',
      'Fever or feeling generally unwell with back pain',
      'Back pain after trauma, such as a fall or a road accident',
      'Unexplained weight loss',
      'A history of cancer or a weakened immune system',
      'Constant pain that is worse at night or when lying down',
      'Pain that is not improving after a few weeks',
    ],
    body: richText(draftId(conditionId), 'body', body),
    citations: referenceList(
      draftId(conditionId),
      'citations',
      citedSources(body).map(targets.citation),
    ),
    treatments: referenceList(
      draftId(conditionId),
      'treatments',
      treatmentSlugs.map(targets.treatment),
    ),
    authors: referenceList(draftId(conditionId), 'authors', [targets.person(personIds.mayaOkafor)]),
  }
}
