import {curatedCitationId as cite} from './citations.ts'
import type {TreatmentContent} from './treatmentContent.ts'

// Acupuncture and massage are complementary therapies; injections and surgery treat an
// underlying cause (an irritated nerve root, a herniated disc, a narrowed spinal canal), never
// the muscle spasm itself, and their evidence summaries say so.

export const interventionalTreatments: TreatmentContent[] = [
  {
    slug: 'acupuncture',
    name: 'Acupuncture',
    kind: 'therapy',
    howItWorks:
      'Fine needles are inserted at chosen points in the skin and muscle. Acupuncture may change how the nervous system processes pain; trials comparing real with sham needling suggest that expectation and attention account for much of the effect.',
    benefits: [
      'Small short-term reduction in pain in chronic low back pain',
      'Serious adverse events are rare with a trained practitioner',
    ],
    risks: [
      'Infection if needles are not sterile',
      'Rarely, a punctured lung from needling over the chest',
    ],
    sideEffects: [
      'Minor bleeding or bruising where needles were placed',
      'Temporary soreness',
      'Light-headedness',
    ],
    contraindications: [
      'Bleeding disorders or anticoagulant treatment, unless a doctor advises it',
      'Skin infection at the needle sites',
      'Pregnancy, for some needle points',
    ],
    evidence: {
      grade: 'low',
      summary:
        'Low-quality evidence in acute low back pain (ACP guideline, 2017). In chronic low back pain a small benefit is seen, much of it also with sham acupuncture (Cherkin et al, Arch Intern Med 2009).',
    },
    body: [
      {
        text: 'Acupuncture is sometimes offered for back pain that keeps returning. In a large trial in chronic low back pain, real and simulated acupuncture both did better than usual care, and real acupuncture did no better than the simulated kind.',
        cites: [
          {
            words:
              'real and simulated acupuncture both did better than usual care, and real acupuncture did no better than the simulated kind',
            sources: [cite('cherkin-2009-acupuncture')],
          },
        ],
      },
    ],
  },
  {
    slug: 'massage',
    name: 'Massage',
    kind: 'therapy',
    howItWorks:
      'Kneading, stroking and pressure on the soft tissues of the back. Massage may relax muscle tension, reduce sensitivity to pain and help people feel more at ease.',
    benefits: [
      'Short-term relief of pain in acute and subacute low back pain',
      'May ease muscle tension and aid relaxation',
    ],
    risks: ['Bruising or, rarely, injury with very deep pressure'],
    sideEffects: ['Temporary soreness'],
    contraindications: [
      'Deep vein thrombosis',
      'Broken, infected or burned skin in the area',
      'Bleeding disorders, for deep massage',
      'A recent fracture',
    ],
    evidence: {
      grade: 'low',
      summary:
        'Low-quality evidence of short-term benefit in acute and subacute low back pain (ACP guideline, 2017; Cochrane review, Furlan et al, 2015); little evidence on lasting effects.',
    },
    body: [
      {
        text: 'Massage can be a comfortable way to ease a tense back for a short time. Reviews of the trials found improvements in pain only in the short term, and the evidence is of low quality. It works best alongside staying active rather than instead of it.',
        cites: [
          {
            words:
              'Reviews of the trials found improvements in pain only in the short term, and the evidence is of low quality.',
            sources: [cite('furlan-2015-massage')],
          },
        ],
      },
    ],
  },
  {
    slug: 'steroid-injection',
    name: 'Epidural steroid injection',
    kind: 'procedure',
    howItWorks:
      'A corticosteroid, often with a local anaesthetic, is injected into the epidural space next to an irritated spinal nerve root, usually under X-ray guidance, to reduce inflammation around the nerve.',
    benefits: [
      'Small, short-term reduction in leg pain from sciatica',
      'May ease pain enough to take part in rehabilitation',
    ],
    risks: [
      'Infection',
      'Bleeding around the spinal cord, especially with blood thinners',
      'Headache from a puncture of the dura',
      'Rare but serious nerve injury',
      'A temporary rise in blood sugar in people with diabetes',
    ],
    sideEffects: [
      'A temporary increase in pain',
      'Facial flushing',
      'Trouble sleeping for a few days',
    ],
    contraindications: [
      'Infection at the injection site or elsewhere in the body',
      'Bleeding disorders, or blood thinners that cannot be paused',
      'Allergy to the injected medicines',
      'Pregnancy, because of the X-ray guidance',
    ],
    evidence: {
      grade: 'low',
      summary:
        'Not a treatment for muscle spasm alone. For sciatica from a herniated disc, a systematic review (Chou et al, Ann Intern Med 2015) found a small short-term improvement in leg pain and no effect on long-term pain or on the need for surgery.',
    },
    body: [
      {
        text: 'An epidural steroid injection is considered only when back pain comes with sciatica that has not settled with other treatment. It does not treat the back muscles themselves.',
      },
    ],
  },
  {
    slug: 'discectomy',
    name: 'Discectomy',
    kind: 'procedure',
    howItWorks:
      'A spine surgeon removes the part of a herniated disc that presses on a nerve root, usually through a small incision (microdiscectomy).',
    benefits: [
      'Faster relief of sciatica than continued non-surgical care when a disc herniation is confirmed and symptoms persist',
      'Urgent relief of nerve compression in cauda equina syndrome',
    ],
    risks: [
      'Infection',
      'Bleeding',
      'Nerve injury',
      'A tear in the membrane around the nerves, with leakage of spinal fluid',
      'The disc herniating again',
      'The risks of anaesthesia',
    ],
    sideEffects: ['Pain around the incision', 'Temporary numbness'],
    contraindications: [
      'Back pain or muscle spasm without nerve compression',
      'Imaging that does not show a herniation matching the symptoms',
      'Health problems that make surgery unsafe',
    ],
    evidence: {
      grade: 'moderate',
      summary:
        'Randomised trials (Peul et al, N Engl J Med 2007; Weinstein et al, JAMA 2006) show faster relief of sciatica than prolonged non-surgical care, with similar results after one to two years. It treats nerve compression, not muscle spasm.',
    },
    body: [
      {
        text: 'Discectomy is an option for sciatica from a herniated disc that has not improved with time and non-surgical care, and it is done urgently for cauda equina syndrome. In trials, early surgery relieved leg pain faster than prolonged non-surgical care, while results after a year or two were similar. A back spasm on its own is not a reason for surgery.',
        cites: [
          {
            words:
              'early surgery relieved leg pain faster than prolonged non-surgical care, while results after a year or two were similar',
            sources: [
              cite('peul-2007-sciatica-surgery'),
              cite('weinstein-2006-sport-disc-herniation'),
            ],
          },
        ],
      },
    ],
  },
  {
    slug: 'laminectomy',
    name: 'Laminectomy',
    kind: 'procedure',
    howItWorks:
      'A surgeon removes part of the lamina, the bony arch at the back of a vertebra, and thickened ligament to widen the spinal canal and relieve pressure on the nerves, most often for lumbar spinal stenosis.',
    benefits: [
      'Can relieve leg pain and difficulty walking caused by lumbar spinal stenosis when non-surgical care has not helped',
    ],
    risks: [
      'Infection',
      'Bleeding',
      'Nerve injury',
      'A tear in the membrane around the nerves',
      'Instability of the spine that later needs fusion surgery',
      'Blood clots',
      'The risks of anaesthesia',
    ],
    sideEffects: ['Pain after the operation', 'Temporary numbness or weakness'],
    contraindications: [
      'Back pain or muscle spasm without spinal stenosis',
      'Health problems that make surgery unsafe',
    ],
    evidence: {
      grade: 'low',
      summary:
        'In the SPORT trial (Weinstein et al, N Engl J Med 2008) surgery did better than non-surgical care over two years in the as-treated analysis; with many people crossing over between groups, the certainty is low. It treats a narrowed spinal canal, not muscle spasm.',
    },
    body: [
      {
        text: 'Laminectomy is considered for spinal stenosis that limits walking or causes leg symptoms despite non-surgical care. In a large trial, people who had surgery improved more over two years than those treated without it, although many people moved between the two groups. It is not a treatment for back spasm on its own.',
        cites: [
          {
            words:
              'people who had surgery improved more over two years than those treated without it, although many people moved between the two groups',
            sources: [cite('weinstein-2008-spinal-stenosis')],
          },
        ],
      },
    ],
  },
]
