/**
 * Reading the content model the split wrote (content/split/model.json): the pages, the search data, the
 * open data and the tests take everything from it, read once per process, when first asked for; nothing
 * reads it at import.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MODEL_FILE } from '../collections/collection-files';
import type { EditionText } from '../collections/edition-text';
import { createEditionScripts, type EditionScripts } from '../edition-script';
import { editorialOf, type Editorial } from '../editorial/load';
import type { Edition } from '../editions';
import type { ContentModel } from './model';

/** Where the split writes the content collections and the model. */
export const SPLIT_DIR = 'content/split';

interface Loaded {
  model: ContentModel;
  editorial: Editorial;
  scripts: EditionScripts;
}

const loaded = new Map<string, Loaded>();

function load(dir: string): Loaded {
  const file = resolve(dir, MODEL_FILE);
  let found = loaded.get(file);
  if (!found) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${join(dir, MODEL_FILE)} is missing: run \`npm run split\` (npm run build and npm run dev do it first)`);
    }
    const model = JSON.parse(text) as ContentModel;
    found = { model, editorial: editorialOf(model.editorial), scripts: createEditionScripts(model) };
    loaded.set(file, found);
  }
  return found;
}

/** The content model. */
export function loadModel(dir = SPLIT_DIR): ContentModel {
  return load(dir).model;
}

/** The editorial files of the model, witnesses and sources by id. */
export function loadEditorial(dir = SPLIT_DIR): Editorial {
  return load(dir).editorial;
}

/** How Chinese reaches each edition, from the model's reviewed lists (src/lib/edition-script.ts). */
export function editionScripts(dir = SPLIT_DIR): EditionScripts {
  return load(dir).scripts;
}

/** One edition's text. */
export function editionText(edition: Edition, dir = SPLIT_DIR): EditionText {
  const found = loadModel(dir).editions.find((text) => text.edition === edition);
  if (!found) throw new Error(`the content model has no ${edition} edition`);
  return found;
}
