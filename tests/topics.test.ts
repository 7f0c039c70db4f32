// Topics (src/ingest/topics.ts): each rule on the smallest text that needs it, and every topic the
// five seed articles give, checked by eye and written down here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, it } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { TOPIC_LEAD_WORDS } from '../src/ingest/settings.ts';
import { findTopics, isTitleCase, topicNames } from '../src/ingest/topics.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';
import { DEFAULT_DEVSET, WIDE_DEVSET } from './eval/run.ts';

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
  it("leaves an organisation's title words in its name", () => {
    assert.deepEqual(names('Talks', 'General Motors said so.'), ['organization: General Motors']);
  });
  it('folds a surname alone into the full name beside it', () => {
    assert.deepEqual(names('Talks', 'Angela Merkel arrived. Merkel said little.'), ['person: Angela Merkel']);
  });
  it('drops a person named by a first name or a common word alone: a fragment of a name the lead never gives in full', () => {
    assert.deepEqual(names('Talks', 'Michael said the talks would go on.'), []);
    assert.deepEqual(names('Talks', 'Michael Jordan arrived. Michael said little.'), ['person: Michael Jordan']);
    assert.deepEqual(names('Talks', 'Brown said the talks would go on.'), []);
    assert.deepEqual(names('Talks', 'Gordon Brown arrived. Brown said little.'), ['person: Gordon Brown']);
    const table = topicNames({ topics: { Cher: { kind: 'person', aliases: [] } }, ignore: [] });
    assert.deepEqual(findTopics('Talks', ['Cher said the tour would go on.'], table), [{ name: 'Cher', kind: 'person' }], 'one the topic table names is kept');
  });
  it('puts a person or place written in capitals in title case, and leaves initialisms as written', () => {
    assert.deepEqual(names('Talks', 'WASHINGTON (Reuters) - Officials met.'), ['place: Washington']);
    assert.deepEqual(names('Talks', "By PATRICK O'BRIEN. Officials met in the UK."), ["person: Patrick O'Brien", 'place: UK']);
  });
  it('keeps the full stop of an initialism, as the topic table spells it', () => {
    assert.deepEqual(names('Talks', 'He flew to the U.K. and Washington D.C. last week.'), ['place: U.K.', 'place: Washington D.C.']);
    assert.deepEqual(findTopics('Talks', ['Officials in the U.S. said so.']), [{ name: 'United States', kind: 'place' }]);
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

  it('finds no fragment of a name, no name in capitals and no initialism cut short on the dev sets’ real pages', () => {
    // A word the tagger's dictionary holds, but not as a surname ("Major": Adjective; "Prof": Honorific).
    const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
    const noSurname = (word: string) => {
      const tags = lexicon[word.toLowerCase()];
      return tags !== undefined && ![tags].flat().some((tag) => tag === 'LastName' || tag === 'Person');
    };
    const topics = [DEFAULT_DEVSET, WIDE_DEVSET].flatMap((set) =>
      readdirSync(set)
        .filter((file) => file.endsWith('.near.txt'))
        .flatMap((file) => {
          const result = ingest(readFileSync(join(set, file)), file);
          return result.ok ? result.article.topics : [];
        }),
    );
    assert.ok(topics.length > 3000, `${topics.length} topics`);
    const bad = topics.filter(
      ({ name, kind }) =>
        (kind === 'person' && !name.includes(' ') && (nlp(name).has('#FirstName') || noSurname(name))) ||
        (kind !== 'organization' && /\p{Lu}{4}/u.test(name) && !/\p{Ll}/u.test(name)) ||
        /\p{Lu}\.\p{Lu}$/u.test(name),
    );
    assert.deepEqual(bad, []);
  });
});
