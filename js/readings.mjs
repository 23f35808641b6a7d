// Furigana for every Japanese text the app shows (run by hand; the result is committed).
//
// Reads the dataset, collects each distinct text that contains kanji (title, names of
// goals, sub-goals, measures and indicators, easy names, departments, units, part labels,
// cells as printed, notes, delay reasons, ①②③ texts), reads it with kuromoji (the npm
// package ships its own dictionary: nothing is downloaded) and writes
// `src/data/readings.json`: a sorted array of the texts with `{漢字|かんじ}` marks. The
// plain text is the marked one with the marks removed, so it is not stored twice.
//
// `src/data/reading_overrides.json` corrects the analyser: `words` (a word inside any
// text: proper nouns, era names, counters) and `texts` (a whole text, for lone units such
// as 人 → にん). A value is either the reading in hiragana or the key with marks.
//
// usage: node js/readings.mjs           rewrites src/data/readings.json
//        node js/readings.mjs --check   fails if the committed file is stale
//        node js/readings.mjs --new-texts EDITIONS.json OUT.json
//            (the build) marks the texts of every edition that the committed file does
//            not have (a later year's ①②③, a new row's name) into OUT.json; a word the
//            analyser cannot align is left without a reading, never guessed
//
// The dictionary ships with the npm package, so the build reads new editions' texts
// without downloading anything.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const kuromoji = require('kuromoji');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const datasetPath = join(root, 'data/editions/fy2023.json');
const overridesPath = join(root, 'src/data/reading_overrides.json');
const outPath = join(root, 'src/data/readings.json');

const KANJI = /\p{Script=Han}/u;
const KANJI_RUN = /\p{Script=Han}+/gu;

/** The sheet's status words (model.rs `Status::label_ja`), shown beside every row. */
const STATUS_LABELS = ['順調に進捗', '概ね順調に進捗', '進捗の遅れ'];

/** Every Japanese text of the dataset that the app shows. Keep in step with tests/readings.rs. */
export function shownTexts(data) {
  const texts = [data.title, data.city, data.source, ...data.notes, ...STATUS_LABELS];
  for (const goal of data.goals) {
    texts.push(goal.name, goal.name_easy);
    for (const sub of goal.subgoals) {
      texts.push(sub.name, sub.name_easy);
      for (const m of sub.measures) texts.push(m.name, m.name_easy);
    }
  }
  for (const row of data.indicators) {
    texts.push(row.name, row.name_easy, row.department, row.delay_reason, row.initiatives, row.challenges, row.plans);
    for (const value of Object.values(row.values)) {
      texts.push(value.raw, value.note);
      for (const part of value.parts) texts.push(part.label, part.unit);
    }
  }
  return [...new Set(texts.filter((t) => typeof t === 'string' && KANJI.test(t)))];
}

/** What the analyser could not read; each needs an entry in reading_overrides.json. */
const problems = new Set();

const hiragana = (s) => s.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** `{漢字|かんじ}` marks for one word: the reading goes over each kanji run only. */
function markWord(surface, reading) {
  if (!KANJI.test(surface)) return surface;
  if (!reading) {
    problems.add(`no reading for 「${surface}」`);
    return surface;
  }
  reading = hiragana(reading);
  const pieces = surface.split(/(\p{Script=Han}+)/u).filter((p) => p !== '');
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = pieces.map((p) => (KANJI.test(p) ? '(.+?)' : escape(hiragana(p)))).join('');
  const match = new RegExp(`^${pattern}$`, 'u').exec(reading);
  if (!match) {
    problems.add(`cannot align 「${surface}」 with 「${reading}」`);
    return surface;
  }
  let group = 1;
  return pieces.map((p) => (KANJI.test(p) ? `{${p}|${match[group++]}}` : p)).join('');
}

/** An override value: a reading (aligned here) or the key already marked. */
function markOverride(key, value) {
  if (!value.includes('{')) return markWord(key, value);
  if (strip(value) !== key) throw new Error(`override 「${key}」: marks 「${value}」 do not spell the key`);
  return value;
}

export const strip = (marked) => marked.replace(/\{([^|}]*)\|[^}]*\}/g, '$1');

function markText(tokenizer, overrides, text) {
  const whole = overrides.texts[text];
  if (whole) return markOverride(text, whole);
  // Overrides first, longest key first, left to right; the analyser reads the gaps.
  const keys = Object.keys(overrides.words).sort((a, b) => b.length - a.length);
  const chars = [...text];
  const taken = new Array(chars.length).fill(null);
  for (const key of keys) {
    const k = [...key];
    for (let i = 0; i + k.length <= chars.length; i++) {
      if (k.every((c, j) => chars[i + j] === c && taken[i + j] === null)) {
        for (let j = 0; j < k.length; j++) taken[i + j] = key;
        taken[i] = { key };
        i += k.length - 1;
      }
    }
  }
  // Tokens of the whole text keep the analyser's context; a token cut by an override is
  // read again on its own.
  const tokens = tokenizer.tokenize(text).map((t) => {
    const start = t.word_position - 1;
    return { start, end: start + [...t.surface_form].length, surface: t.surface_form, reading: t.reading };
  });
  const free = (i) => taken[i] === null;
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (!free(i)) {
      const key = taken[i].key;
      out += markOverride(key, overrides.words[key]);
      i += [...key].length;
      continue;
    }
    let j = i;
    while (j < chars.length && free(j)) j++;
    const inGap = tokens.filter((t) => t.start >= i && t.end <= j);
    const cut = tokens.some((t) => t.start < j && t.end > i && (t.start < i || t.end > j));
    const gap = chars.slice(i, j).join('');
    if (!cut) {
      out += inGap.map((t) => markWord(t.surface, t.reading)).join('');
    } else {
      out += tokenizer.tokenize(gap).map((t) => markWord(t.surface_form, t.reading)).join('');
    }
    i = j;
  }
  if (strip(out) !== text) throw new Error(`marks changed the text: 「${text}」 → 「${out}」`);
  return out;
}

function build(tokenizer) {
  const data = JSON.parse(readFileSync(datasetPath, 'utf8'));
  const overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
  const marked = shownTexts(data).map((t) => markText(tokenizer, overrides, t));
  marked.sort();
  if (problems.size > 0) {
    console.error([...problems].join('\n') + '\nAdd these to src/data/reading_overrides.json.');
    process.exit(1);
  }
  for (const m of marked) {
    if (KANJI.test(m.replace(/\{[^}]*\}/g, ''))) throw new Error(`kanji without a reading in 「${m}」`);
  }
  return '[\n' + marked.map((m) => JSON.stringify(m)).join(',\n') + '\n]\n';
}

/** The build's mode: readings for the texts later editions bring. */
function newTexts(tokenizer, editionsPath, out) {
  const editions = JSON.parse(readFileSync(editionsPath, 'utf8'));
  const overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
  const known = new Set(JSON.parse(readFileSync(outPath, 'utf8')).map(strip));
  const texts = [...new Set(editions.flatMap(shownTexts))].filter((t) => !known.has(t));
  const marked = texts.map((t) => {
    try {
      return markText(tokenizer, overrides, t);
    } catch {
      return t;
    }
  });
  writeFileSync(out, JSON.stringify(marked));
  if (problems.size > 0) {
    console.warn(`readings: shown without a reading (add them to src/data/reading_overrides.json):\n${[...problems].join('\n')}`);
  }
}

kuromoji.builder({ dicPath: join(root, 'node_modules/kuromoji/dict') }).build((err, tokenizer) => {
  if (err) throw err;
  const mode = process.argv.indexOf('--new-texts');
  if (mode >= 0) {
    newTexts(tokenizer, process.argv[mode + 1], process.argv[mode + 2]);
    return;
  }
  const text = build(tokenizer);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(outPath, 'utf8');
    } catch {}
    if (committed !== text) {
      console.error('src/data/readings.json is stale: run `node js/readings.mjs` and commit the result.');
      process.exit(1);
    }
    console.log('src/data/readings.json is up to date.');
  } else {
    writeFileSync(outPath, text);
    console.log(`wrote src/data/readings.json (${JSON.parse(text).length} texts)`);
  }
});
