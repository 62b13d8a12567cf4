import * as assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse/parse';
import { readsAsEnglish } from '../../../../server/src/core/terms/englishSource';

/** A document of one segment per English text, each translated as `T`. */
function docOf(...english: string[]) {
  return parse(english.map((e, i) => `<span data-ttu-id="abcde-${101 + i}">T</span><span class="sxs-lookup"><span data-stu-id="abcde-${101 + i}">${e}</span></span>`).join('\n\n'));
}

describe('terms: whether a document’s English reads as English', () => {
  it('does not count the words of link destinations and bare URLs', () => {
    const headings = [
      'Having self-service password reset (SSPR) problems?',
      'Common SSPR problems in hybrid cloud and on-premises environments are:',
      'SSPR password writeback not enabled',
      'Azure AD premium license not assigned',
      'For more information, see:',
    ];
    // Paths of many words, none of them English's small words.
    const path = 'azure/active-directory/hybrid/tshoot-connect-sync-errors-warnings-detail-overview-reference-guide';
    const links = [
      `[Azure AD Connect issues](https://docs.microsoft.com/${path})`,
      `[Unsupported writeback scenarios](https://docs.microsoft.com/${path}#unsupported-writeback-operations)`,
      `See https://docs.microsoft.com/${path}-limits`,
    ];
    assert.equal(readsAsEnglish(docOf(...headings, ...links)), true);
    // The same words outside a URL do count: a list of words with few of English's small words is not read as English.
    const bare = links.map((l) => l.replace(/[[\]()]|https:\/\//g, ' ').replace(/[/.#-]/g, ' '));
    assert.equal(readsAsEnglish(docOf(...headings, ...bare)), false);
  });

  it('still tells a source in another language', () => {
    const spanish = ['Para cambiar la contraseña de su cuenta de Outlook.com, siga estos pasos en la página de seguridad.', 'Inicie sesión en la página [Seguridad de la cuenta](https://account.microsoft.com/security) con su cuenta.', 'Seleccione Cambiar contraseña y escriba una nueva contraseña segura.'];
    assert.equal(readsAsEnglish(docOf(...spanish)), false);
  });
});
