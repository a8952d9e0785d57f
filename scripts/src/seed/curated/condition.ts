import type {SeedDocument} from '../document.ts'
import {conditionId, draftId, personIds, targets, treatmentSlugs} from '../ids.ts'
import {richText} from '../portableText.ts'
import {referenceList} from '../references.ts'

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
    body: richText(draftId(conditionId), 'body', [
      {text: 'What happens in a back spasm', style: 'h2'},
      {
        text: 'The muscles that run alongside the lumbar spine can contract suddenly and stay contracted. Often this is the body guarding a strained muscle or ligament; sometimes it accompanies another problem in the spine, such as a disc or joint that has become irritated.',
      },
      {
        text: 'Most people with a back spasm have no serious underlying disease. Clinical guidelines, including the American College of Physicians guideline on low back pain (Qaseem et al, 2017), advise against routine X-rays or scans when there are no warning signs.',
      },
      {text: 'Looking after a spasm', style: 'h2'},
      {
        text: 'Staying as active as the pain allows tends to lead to faster recovery than bed rest. Heat, and for some people cold, can ease pain in the first days. If medicine is needed, a pharmacist or doctor can advise which option suits you and for how long.',
      },
      {
        text: 'When a spasm keeps coming back, a physiotherapist can assess movement and suggest exercises that build strength and confidence. Manual therapies such as massage or spinal manipulation may give short-term relief for some people.',
      },
      {text: 'When to get medical help', style: 'h2'},
      {
        text: 'See a doctor urgently if back pain comes with any of the warning signs listed on this page, such as loss of bladder or bowel control, numbness or weakness in the legs, fever, unexplained weight loss, or pain after a fall or accident. Also see a doctor if the pain is not improving after a few weeks.',
      },
    ]),
    treatments: referenceList(
      draftId(conditionId),
      'treatments',
      treatmentSlugs.map(targets.treatment),
    ),
    authors: referenceList(draftId(conditionId), 'authors', [targets.person(personIds.mayaOkafor)]),
  }
}
