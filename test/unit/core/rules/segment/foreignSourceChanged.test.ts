import * as assert from 'node:assert/strict';
import { holdsEnglishWords } from '../../../../../server/src/core/terms/englishSource';
import { checkSegment } from '../../../../support/checks';

// A source of more than twenty words, so that the document reads as Spanish.
const SPANISH = 'Si no puede enviar o recibir correo electrónico, o no puede conectarse a su cuenta, pruebe las soluciones que se describen en esta página de ayuda.';

describe('foreign-source-changed: a source in another language that machine translation changed', () => {
  it('finds words re-cased, names them, and writes the source back as it is', () => {
    const changed = 'Si No puede enviar o recibir Correo electrónico, o no puede verbinden a su Cuenta, pruebe las soluciones que se describen en esta página de ayuda.';
    const [f] = checkSegment('foreign-source-changed', changed, SPANISH);
    // Four words, three of them quoted: the message says they are some of them, not all.
    assert.match(f.message, /4 words re-cased or changed, among them "No", "Correo" and "verbinden"\./);
    assert.equal(f.fixed, SPANISH);
    const three = 'Si No puede enviar o recibir Correo electrónico, o no puede verbinden a su cuenta, pruebe las soluciones que se describen en esta página de ayuda.';
    const [g] = checkSegment('foreign-source-changed', three, SPANISH);
    assert.match(g.message, /3 words re-cased or changed \("No", "Correo" and "verbinden"\)\./);
  });

  it('accepts the source kept as written, one word re-cased, and a translation of it (traps)', () => {
    assert.deepEqual(checkSegment('foreign-source-changed', SPANISH, SPANISH), []);
    assert.deepEqual(checkSegment('foreign-source-changed', SPANISH.replace('correo', 'Correo'), SPANISH), [], 'one word may be a title’s capital');
    const french = 'Par mesure de sécurité, vous pouvez être invité à confirmer votre identité à l’aide d’un code que nous envoyons à votre adresse de messagerie.';
    assert.deepEqual(checkSegment('foreign-source-changed', french.replace(/’/g, "'"), french), [], 'apostrophes written straight');
    const german = 'Wenn Sie keine E-Mails senden oder empfangen oder keine Verbindung mit Ihrem Konto herstellen können, probieren Sie die auf dieser Hilfeseite beschriebenen Lösungen aus.';
    assert.deepEqual(checkSegment('foreign-source-changed', german, SPANISH), []);
  });

  it('leaves an English source alone where its document reads as another language (a list of cmdlets)', () => {
    const verbs = ['Get', 'Set', 'New', 'Remove', 'Enable', 'Disable', 'Test', 'Export', 'Import', 'Clear'];
    const english = `For more information, see ${verbs.map((v) => `${v}-TransportRule`).join(', ')} and others.`;
    // Two cmdlets re-cased: protected-term's to tell, not a foreign source changed.
    const kept = `Per Informazioni, vedere ${verbs.map((v, i) => (i < 2 ? `${v.toLowerCase()}-TransportRule` : `${v}-TransportRule`)).join(', ')} e altri.`;
    assert.deepEqual(checkSegment('foreign-source-changed', kept, english, { locale: 'it-IT' }), []);
    assert.ok(holdsEnglishWords('For more information, see [the page](https://example.com/the-and-for).'));
    assert.ok(!holdsEnglishWords('Para más información, vea [la página](https://example.com/the-and-for).'), 'a URL’s words are not read');
  });
});
