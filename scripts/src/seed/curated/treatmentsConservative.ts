import {curatedCitationId as cite} from './citations.ts'
import type {TreatmentContent} from './treatmentContent.ts'

// Evidence ratings follow the American College of Physicians guideline on acute, subacute and
// chronic low back pain (Qaseem et al, Ann Intern Med 2017) and the Cochrane reviews named in
// each summary. They rate the evidence for this condition, not the treatment in general.

export const conservativeTreatments: TreatmentContent[] = [
  {
    slug: 'heat-therapy',
    name: 'Heat therapy',
    kind: 'self-care',
    howItWorks:
      'A heat wrap, heating pad, warm bath or shower warms the skin and the muscles beneath it. Warmth increases local blood flow and dampens pain signals, which can make tight muscles easier to move.',
    benefits: [
      'Short-term reduction in pain and disability in acute and subacute low back pain',
      'Can make gentle movement and stretching easier',
      'Can be used at home at little cost',
    ],
    risks: [
      'Skin burns, especially with long use, when falling asleep on a heat source, or on skin with reduced feeling',
    ],
    sideEffects: ['Temporary redness of the skin'],
    contraindications: [
      'Skin with reduced feeling, for example from diabetic neuropathy',
      'Broken, infected or recently injured skin',
      'Areas with poor circulation',
    ],
    evidence: {
      grade: 'moderate',
      summary:
        'Moderate-quality evidence from randomised trials that heat wraps reduce pain and disability for a few days in acute and subacute low back pain (Cochrane review, French et al, 2006; ACP guideline, 2017).',
    },
    body: [
      {
        text: 'Heat is one of the first treatments guidelines suggest for a recent bout of low back pain. In trials, a heat wrap reduced pain and disability for a few days in acute and subacute low back pain. Use a wrap or pad that feels warm rather than hot, keep a layer of cloth between it and the skin, and check the skin regularly.',
        cites: [
          {
            words:
              'Heat is one of the first treatments guidelines suggest for a recent bout of low back pain.',
            sources: [cite('qaseem-2017-acp-guideline')],
          },
          {
            words:
              'a heat wrap reduced pain and disability for a few days in acute and subacute low back pain',
            sources: [cite('french-2006-heat-cold')],
          },
        ],
      },
    ],
  },
  {
    slug: 'cold-therapy',
    name: 'Cold therapy',
    kind: 'self-care',
    howItWorks:
      'An ice pack or cold pack wrapped in a cloth cools the skin and the tissue just beneath it. Cold slows nerve conduction and narrows blood vessels, which can dull pain for a short time.',
    benefits: [
      'May dull pain for a short time in the first days after a strain',
      'Can be used at home at little cost',
    ],
    risks: ['Cold injury to the skin if ice touches it directly or stays on too long'],
    sideEffects: [
      'Temporary numbness or redness of the skin',
      'Some people feel stiffer afterwards',
    ],
    contraindications: [
      'Skin with reduced feeling',
      'Raynaud phenomenon or unusual sensitivity to cold',
      'Areas with poor circulation',
    ],
    evidence: {
      grade: 'very-low',
      summary:
        'Very few small trials; a Cochrane review (French et al, 2006) found the evidence insufficient to judge cold for low back pain. Choosing between heat and cold can follow personal preference.',
    },
    body: [
      {
        text: 'Some people find cold soothing in the first days after a strain, while others feel stiffer with it. There is too little research to say whether cold helps low back pain as heat does. Wrap the pack in a cloth and stop if the skin becomes numb or painful.',
        cites: [
          {
            words:
              'There is too little research to say whether cold helps low back pain as heat does.',
            sources: [cite('french-2006-heat-cold')],
          },
        ],
      },
    ],
  },
  {
    slug: 'nsaids',
    name: 'Non-steroidal anti-inflammatory drugs (NSAIDs)',
    kind: 'medication',
    howItWorks:
      'NSAIDs such as ibuprofen and naproxen block cyclo-oxygenase enzymes and so reduce prostaglandins, chemical signals that drive pain and inflammation.',
    benefits: [
      'Small short-term reduction in pain and disability in acute low back pain',
      'Lower strengths are available from pharmacies without a prescription',
    ],
    risks: [
      'Stomach ulcers and bleeding, more likely in older people, with higher doses or with longer use',
      'Kidney problems',
      'Raised blood pressure and a small increase in the risk of heart attack and stroke',
      'Interactions with blood thinners and some blood pressure medicines',
    ],
    sideEffects: ['Indigestion or stomach pain', 'Nausea', 'Fluid retention'],
    contraindications: [
      'Current or previous stomach ulcer or gastrointestinal bleeding',
      'Severe kidney, liver or heart failure',
      'Asthma or allergy triggered by aspirin or another NSAID',
      'The last three months of pregnancy',
      'Taking anticoagulant medicines, unless a doctor advises it',
    ],
    evidence: {
      grade: 'moderate',
      summary:
        'Moderate-certainty evidence that NSAIDs reduce pain slightly more than placebo in the short term in acute low back pain; the effect is small (Cochrane review, van der Gaag et al, 2020; ACP guideline, 2017).',
    },
    body: [
      {
        text: 'Guidelines suggest an NSAID as a first medicine for acute low back pain when heat and staying active are not enough, at the lowest effective dose for the shortest time. In trials the benefit over a placebo is small. A pharmacist or doctor can check whether an NSAID is suitable alongside other conditions and medicines.',
        cites: [
          {
            words: 'Guidelines suggest an NSAID as a first medicine for acute low back pain',
            sources: [cite('qaseem-2017-acp-guideline'), cite('chou-2017-pharmacologic-review')],
          },
          {
            words: 'In trials the benefit over a placebo is small.',
            sources: [cite('van-der-gaag-2020-nsaids')],
          },
        ],
      },
    ],
  },
  {
    slug: 'muscle-relaxants',
    name: 'Muscle relaxants',
    kind: 'medication',
    howItWorks:
      'Skeletal muscle relaxants such as cyclobenzaprine, methocarbamol and tizanidine act mainly on the brain and spinal cord rather than on the muscle itself; they cause sedation and reduce muscle tone.',
    benefits: [
      'May give some short-term pain relief in acute low back pain',
      'May help sleep when spasm disturbs it',
    ],
    risks: [
      'Drowsiness and dizziness that impair driving and operating machinery',
      'Falls, particularly in older adults',
      'Dependence and misuse with some medicines in this group',
      'Stronger sedation when combined with alcohol, opioids or other sedating medicines',
    ],
    sideEffects: ['Drowsiness', 'Dizziness', 'Dry mouth', 'Nausea'],
    contraindications: [
      'Older adults at risk of falls',
      'Liver disease, for some medicines in this group',
      'Use with alcohol or other sedatives',
      'Pregnancy or breastfeeding, unless a doctor advises it',
    ],
    evidence: {
      grade: 'low',
      summary:
        'The ACP guideline (2017) found moderate-quality evidence of short-term relief, but a later systematic review (Cashin et al, BMJ 2021) rated the evidence low to very low and found more adverse events than with placebo.',
    },
    body: [
      {
        text: 'Muscle relaxants are prescription medicines. When a doctor prescribes one for a back spasm it is usually for a few days only, because the benefit is uncertain and side effects such as drowsiness are more common than with a placebo.',
        cites: [
          {
            words:
              'the benefit is uncertain and side effects such as drowsiness are more common than with a placebo',
            sources: [cite('cashin-2021-muscle-relaxants')],
          },
        ],
      },
    ],
  },
  {
    slug: 'physical-therapy',
    name: 'Physical therapy',
    kind: 'therapy',
    howItWorks:
      'A physiotherapist assesses how the back moves and teaches graded exercise, stretching, posture and lifting strategies, together with advice to stay active. Sessions may include manual therapy.',
    benefits: [
      'Supports a return to usual activities and work',
      'Exercise reduces pain and improves function in chronic low back pain',
      'Exercise may lower the chance of further episodes',
    ],
    risks: ['Temporary increase in soreness when starting new exercises'],
    sideEffects: ['Muscle soreness after exercise'],
    contraindications: [
      'Warning signs that a doctor has not yet assessed',
      'A recent fracture or an unstable spine, until a doctor clears exercise',
    ],
    evidence: {
      grade: 'low',
      summary:
        'For acute low back pain, structured exercise has not been shown to do better than advice to stay active (low-quality evidence, ACP guideline 2017). For chronic low back pain there is moderate-certainty evidence that exercise reduces pain and improves function (Cochrane review, Hayden et al, 2021).',
    },
    body: [
      {
        text: 'Physical therapy matters most when back spasms keep returning or pain lasts beyond a few weeks. For low back pain that has lasted more than three months, exercise therapy probably reduces pain and improves function compared with no treatment or usual care. The exercises are tailored to the person and progress gradually.',
        cites: [
          {
            words:
              'exercise therapy probably reduces pain and improves function compared with no treatment or usual care',
            sources: [cite('hayden-2021-exercise')],
          },
        ],
      },
    ],
  },
  {
    slug: 'spinal-manipulation',
    name: 'Spinal manipulation',
    kind: 'therapy',
    howItWorks:
      'A chiropractor, osteopath or physiotherapist applies a quick, controlled thrust or slower mobilising movements to the joints of the spine, aiming to restore movement and reduce pain.',
    benefits: [
      'Modest short-term improvement in pain and function in acute low back pain',
      'Can be combined with exercise and advice',
    ],
    risks: [
      'Serious complications are rare in the lower back; worsening of a disc herniation has been reported',
    ],
    sideEffects: ['Temporary soreness or stiffness after treatment', 'Tiredness or headache'],
    contraindications: [
      'Osteoporosis or other weakening of the bones',
      'Fracture, tumour or infection of the spine',
      'Worsening numbness or weakness in the legs',
      'Bleeding disorders or anticoagulant treatment',
      'Inflammatory arthritis of the spine',
    ],
    evidence: {
      grade: 'low',
      summary:
        'The ACP guideline (2017) rated the evidence in acute low back pain as low quality; a meta-analysis (Paige et al, JAMA 2017) found moderate-quality evidence of modest benefit for up to six weeks.',
    },
    body: [
      {
        text: 'Spinal manipulation is one of several manual therapies that may give short-term relief. In acute low back pain its effect on pain and function over the first weeks is modest.',
        cites: [
          {
            words:
              'In acute low back pain its effect on pain and function over the first weeks is modest.',
            sources: [cite('paige-2017-spinal-manipulation')],
          },
        ],
      },
    ],
  },
]
