// Topics (src/ingest/topics.ts): each rule on the smallest text that needs it, and every topic the
// five seed articles give, checked by eye and written down here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { TOPIC_LEAD_WORDS } from '../src/ingest/settings.ts';
import { findTopics, isTitleCase, topicNames } from '../src/ingest/topics.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

const noTable = topicNames({ topics: {}, ignore: [] });
const names = (title: string, ...paragraphs: string[]) => findTopics(title, paragraphs, noTable).map((t) => `${t.kind}: ${t.name}`);

describe('topics', () => {
  it('names the people, places and organisations of the headline and lead', () => {
    assert.deepEqual(names('Talks in Geneva', 'Angela Merkel met officials of the World Bank.'), ['place: Geneva', 'person: Angela Merkel', 'organization: World Bank']);
  });
  it('reads the lead only, up to TOPIC_LEAD_WORDS words', () => {
    const filler = 'The talks went on late into the evening. '.repeat(Math.ceil(TOPIC_LEAD_WORDS / 8));
    assert.deepEqual(names('Talks', filler, 'Angela Merkel arrived.'), []);
  });
  it('takes the possessive and punctuation off a name', () => {
    assert.deepEqual(names('Talks', 'Azerbaijan’s army moved, officials said.'), ['place: Azerbaijan']);
  });
  it('splits a list of names into its names', () => {
    assert.deepEqual(names('Talks', 'Russia, Germany and France called for calm.'), ['place: Russia', 'place: Germany', 'place: France']);
  });
  it('takes titles off a name, and a first name cut off by a title is no place', () => {
    assert.deepEqual(names('Talks', 'President Emmanuel Macron spoke.'), ['person: Emmanuel Macron']);
    assert.deepEqual(names('Talks', 'Secretary of State Anthony Blinken called on Tuesday.'), []);
  });
  it('folds a surname alone into the full name beside it', () => {
    assert.deepEqual(names('Talks', 'Angela Merkel arrived. Merkel said little.'), ['person: Angela Merkel']);
  });
  it("joins an organisation cut at its 'of the'", () => {
    assert.deepEqual(names('Talks', 'The International Committee of the Red Cross said so.'), ['organization: International Committee of the Red Cross']);
  });
  it('reads a title-case headline in sentence case: its verbs and nouns are no part of a name', () => {
    assert.ok(isTitleCase('Miley Cyrus Engaged To Longtime Boyfriend'));
    assert.ok(!isTitleCase('Miley Cyrus engaged to her longtime boyfriend'));
    assert.ok(!isTitleCase('Angela Merkel And Emmanuel Macron Met Olaf Scholz.'), 'prose ends in a full stop');
    assert.deepEqual(names('Obama Offers Comfort To Grieving Families', 'Officials spoke.'), ['person: Obama']);
  });
  it('ends a name at the end of a quotation', () => {
    assert.deepEqual(names('Talks', 'She starred in “The Housewives of Beverly Hills.” The show ended.'), ['place: Beverly Hills']);
  });
  it('gives months, weekdays and sentence openers no topic', () => {
    assert.deepEqual(names('Talks', 'However, on Monday in April nothing happened.'), []);
  });
  it('merges the spellings a topic table lists under its canonical name, with its kind, and leaves out its ignored names', () => {
    const table = topicNames({ topics: { 'Nikol Pashinyan': { kind: 'person', aliases: ['Pashinian'] }, 'Nagorno-Karabakh': { kind: 'place', aliases: ['Artsakh'] } }, ignore: ['Facebook'] });
    const found = findTopics('Pashinian visits Artsakh', ['He posted on Facebook that Pashinian would stay.'], table);
    assert.deepEqual(found, [
      { name: 'Nikol Pashinyan', kind: 'person' },
      { name: 'Nagorno-Karabakh', kind: 'place' },
    ]);
  });
  it('gives an article in another language no topics (the tagger reads English)', () => {
    const result = ingest(Buffer.from('Gespräche in Berlin\n\nAngela Merkel traf am Montag in Berlin die Vertreter der Weltbank, und die Gespräche dauerten bis in den späten Abend.\n'), 'de.txt');
    assert.ok(result.ok);
    assert.equal(result.article.language, 'de');
    assert.deepEqual(result.article.topics, []);
  });

  // Checked by eye against the texts: every name is a person, place or organisation the article is about.
  const SEED_TOPICS: Record<string, string[]> = {
    '000_7c93cf6c4b324b37.txt': ['Nagorno-Karabakh', 'Arayik Harutyunyan', 'Facebook', 'Armenia', 'NATO', 'Azerbaijan'],
    '001_9a3c99891371a24f.txt': ['Nagorno-Karabakh', 'Ibrahim Kalin', 'Armenia', 'NTV', 'United States', 'Ankara'],
    '002_e72488cbe2a1e983.txt': ['Nagorno-Karabakh', 'Armenia', 'Dmitry Peskov', 'Moscow', 'Russia', 'Sergei Lavrov', 'Iran'],
    '003_a55ffd8520ec0fa7.txt': ['Ilham Aliyev', 'Antony Blinken', 'Baku', 'Nagorno-Karabakh'],
    '004_50e2646faf1d8608.txt': ['Nagorno-Karabakh', 'Azerbaijan', 'Russia', 'United States', 'Germany', 'France', 'Armenia', 'Emmanuel Macron', 'UN Security Council', 'Antony Blinken'],
  };
  for (const [file, want] of Object.entries(SEED_TOPICS)) {
    it(`finds the topics of seed ${file}, through the shipped topic table`, () => {
      const result = ingest(readFileSync(SEEDS_DIR + file), file);
      assert.ok(result.ok);
      assert.deepEqual(
        result.article.topics.map((t) => t.name),
        want,
      );
    });
  }
});
