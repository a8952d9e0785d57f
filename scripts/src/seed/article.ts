import type {SeedDocument} from './document.ts'
import {articleId, draftId, personIds, targets} from './ids.ts'
import type {ImportedSeed} from './importSeed.ts'
import {textBlock, type Block} from './portableText.ts'
import {referenceList} from './references.ts'
import type {Unit} from './structure.ts'
import {slugify} from './text.ts'

function blockFor(unit: Unit, file: string, index: number): Block {
  switch (unit.kind) {
    case 'heading':
      return textBlock({text: unit.text, style: 'h2'}, file, index)
    case 'bullet':
      return textBlock({text: unit.text, listItem: 'bullet'}, file, index)
    case 'number':
      return textBlock({text: unit.text, listItem: 'number'}, file, index)
    case 'paragraph':
    case 'references':
      return textBlock({text: unit.text}, file, index)
  }
}

/**
 * The draft article for one seed: written by the clinical editor who imported it, about the
 * condition, listing (not yet citing) the sources from its reference list — citing claims in
 * the text is the fact-checker's job.
 */
export function buildArticle(seed: ImportedSeed, citationIds: string[]): SeedDocument {
  const id = draftId(articleId(seed.number))
  return {
    _id: id,
    _type: 'article',
    title: seed.title,
    slug: {_type: 'slug', current: slugify(seed.title)},
    standfirst: seed.standfirst,
    body: seed.body.map((unit, index) => blockFor(unit, seed.file, index)),
    about: referenceList(id, 'about', [targets.condition]),
    authors: referenceList(id, 'authors', [targets.person(personIds.mayaOkafor)]),
    ...(citationIds.length > 0
      ? {citations: referenceList(id, 'citations', citationIds.map(targets.citation))}
      : {}),
    importedFrom: {
      file: seed.file,
      ...(seed.sourceTitle === undefined ? {} : {sourceTitle: seed.sourceTitle}),
    },
  }
}
