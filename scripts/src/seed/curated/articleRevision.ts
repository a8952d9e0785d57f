import {articleId, conditionId, draftId, targets, treatmentId} from '../ids.ts'
import {citedSources, richText, type BlockSpec} from '../portableText.ts'
import {referenceList} from '../references.ts'
import {curatedCitationId as cite} from './citations.ts'

/** The imported article the clinical editor cleans up, cites and sends for review on start. */
export const revisedSeedNumber = '000'
export const revisedArticleId = articleId(revisedSeedNumber)

const body: BlockSpec[] = [
  {text: 'Why spasms happen', style: 'h2'},
  {
    text: 'Most spasms are the body guarding an area it believes is hurt: a strained muscle, an overstretched ligament or an irritated joint in the lumbar spine can all set off the same protective clench. Common triggers are lifting with a rounded back, long spells of sitting and a sudden jump in exercise. Most people with acute low back pain improve over time, whatever treatment they have.',
    cites: [
      {
        words:
          'Most people with acute low back pain improve over time, whatever treatment they have.',
        sources: [cite('qaseem-2017-acp-guideline')],
      },
    ],
  },
  {text: 'What helps at home', style: 'h2'},
  {
    text: 'Keep moving gently. People advised to stay active have slightly less pain and get about better than people advised to rest in bed.',
    cites: [
      {
        words:
          'People advised to stay active have slightly less pain and get about better than people advised to rest in bed.',
        sources: [cite('dahm-2010-bed-rest')],
      },
    ],
  },
  {
    text: 'A heat wrap or a warm pad can ease pain and stiffness over the first few days. The evidence for cold packs is thin, so use whichever feels better.',
    cites: [
      {
        words: 'A heat wrap or a warm pad can ease pain and stiffness over the first few days.',
        sources: [cite('french-2006-heat-cold')],
      },
      {words: 'The evidence for cold packs is thin', sources: [cite('french-2006-heat-cold')]},
    ],
  },
  {
    text: 'If you want a medicine, guidelines suggest an anti-inflammatory painkiller such as ibuprofen, or a muscle relaxant prescribed by a doctor, for a short time. The benefit of either is modest: ask a pharmacist which suits you, and follow the dose on the pack.',
    cites: [
      {
        words:
          'guidelines suggest an anti-inflammatory painkiller such as ibuprofen, or a muscle relaxant prescribed by a doctor, for a short time',
        sources: [cite('qaseem-2017-acp-guideline')],
      },
      {
        words: 'The benefit of either is modest',
        sources: [cite('van-der-gaag-2020-nsaids'), cite('cashin-2021-muscle-relaxants')],
      },
    ],
  },
  {text: 'Gentle movements many physiotherapists start with:'},
  {text: 'Pelvic tilts, lying on your back with your knees bent', listItem: 'bullet'},
  {text: 'Knee-to-chest stretches, one leg at a time', listItem: 'bullet'},
  {text: 'Cat-cow stretches on your hands and knees', listItem: 'bullet'},
  {text: 'Short walks on level ground', listItem: 'bullet'},
  {text: 'Stop any stretch that sends pain down a leg.'},
  {text: 'When spasms keep coming back', style: 'h2'},
  {
    text: 'For back pain that has lasted more than three months, exercise therapy probably reduces pain and improves function. Massage and spinal manipulation may give some short-term relief.',
    cites: [
      {
        words:
          'For back pain that has lasted more than three months, exercise therapy probably reduces pain and improves function.',
        sources: [cite('hayden-2021-exercise')],
      },
      {
        words: 'Massage and spinal manipulation may give some short-term relief.',
        sources: [cite('furlan-2015-massage'), cite('paige-2017-spinal-manipulation')],
      },
    ],
  },
  {text: 'When to see a doctor', style: 'h2'},
  {
    text: 'See a doctor promptly if the pain follows a fall or a road accident, spreads below the knee, or comes with numbness, fever or trouble controlling your bladder or bowels: these signs can point to something other than a muscle spasm.',
  },
]

/**
 * The clinical editor's revision of the imported article: the promotion, the phone number, the
 * guarantee and the unsourced dose are gone, and every claim cites a verified source. Demo
 * publishing writes it to the draft as her edit, so the history shows who changed what.
 */
export function revisedArticle() {
  const id = draftId(revisedArticleId)
  return {
    title: 'Lower back spasm: what helps at home, and when to get checked',
    slug: {_type: 'slug', current: 'lower-back-spasm-what-helps-at-home'},
    standfirst:
      'A lower back spasm can stop you mid-step, but most settle with simple care and gentle movement. This is what the evidence says helps, and which signs mean you should see a doctor.',
    body: richText(id, 'body', body),
    about: referenceList(id, 'about', [
      {id: conditionId, type: 'condition', draftOnly: false},
      ...(['heat-therapy', 'nsaids', 'physical-therapy'] as const).map((slug) => ({
        id: treatmentId(slug),
        type: 'treatment',
        draftOnly: false,
      })),
    ]),
    citations: referenceList(id, 'citations', citedSources(body).map(targets.citation)),
  }
}
