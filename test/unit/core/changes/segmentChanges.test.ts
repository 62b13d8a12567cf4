import * as assert from 'node:assert/strict';
import { alignSentences } from '../../../../server/src/core/changes/align';
import { englishSentences, splitSentences } from '../../../../server/src/core/changes/englishSentences';
import { handoffEnglish } from '../../../../server/src/core/changes/handoffEnglish';
import { currentEnglishOfSource, currentEnglishOfVersion, plainEnglish, segmentChanges } from '../../../../server/src/core/changes/segmentChanges';
import { wordDiff } from '../../../../server/src/core/changes/wordDiff';
import { parse } from '../../../../server/src/core/parse/parse';

/** A translation whose segments carry these English lookups (the translation is the English upper-cased). */
function translation(lookups: readonly string[], prefix = 'abcde'): string {
  const body = lookups
    .map((english, i) => {
      const id = english.startsWith('p:') ? `${prefix}-p${103 + i}` : `${prefix}-${103 + i}`;
      const text = english.replace(/^p:/, '');
      return `<span data-ttu-id="${id}">${text.toUpperCase()}</span><span class="sxs-lookup"><span data-stu-id="${id}">${text}</span></span>`;
    })
    .join('\n\n');
  return `---\nms.contentlocale: de-DE\nms.translationtype: MT\n---\n${body}\n`;
}

/** Per segment, `state[:how]` and the new English, for comparing with what a case expects. */
function against(old: readonly string[], now: readonly string[]) {
  const doc = parse(translation(old));
  const newer = parse(translation(now, 'fffff'));
  const changes = segmentChanges(doc, currentEnglishOfVersion('file:///newer.md', 'fi-FI', newer));
  return {
    segments: changes.segments.map((s) => [s.state, s.match, s.english.map((e) => e.text).join(' ‖ ')]),
    added: changes.added.map((a) => [a.sentence.text, a.after]),
  };
}

describe('segment changes: aligning the English lookups with the current English', () => {
  it('finds nothing changed when the English is the same', () => {
    const r = against(['One.', 'Two.', 'Three.'], ['One.', 'Two.', 'Three.']);
    assert.deepEqual(r.segments.map((s) => s[0]), ['unchanged', 'unchanged', 'unchanged']);
    assert.deepEqual(r.added, []);
  });

  it('matches by text, so a sentence added in front shifts no other segment', () => {
    const r = against(['Open the app.', 'Select Settings.', 'Sign in again.'], ['Make sure you are online.', 'Open the app.', 'Select Settings.', 'Sign in again.']);
    assert.deepEqual(r.segments.map((s) => s[0]), ['unchanged', 'unchanged', 'unchanged']);
    assert.deepEqual(r.added, [['Make sure you are online.', -1]]);
  });

  it('places an added sentence after the segment it follows', () => {
    const r = against(['Open the app.', 'Sign in again.'], ['Open the app.', 'Select **Settings** > **Accounts**.', 'Sign in again.']);
    assert.deepEqual(r.added, [['Select **Settings** > **Accounts**.', 0]]);
  });

  it('reports a removed sentence as removed, and its neighbours as unchanged', () => {
    const r = against(['Open the app.', 'This step is no longer needed on new devices.', 'Sign in again.'], ['Open the app.', 'Sign in again.']);
    assert.deepEqual(r.segments, [
      ['unchanged', 'exact', 'Open the app.'],
      ['removed', undefined, ''],
      ['unchanged', 'exact', 'Sign in again.'],
    ]);
  });

  it('pairs a changed sentence with its new wording', () => {
    const r = against(['Open the app.', 'Go to the Microsoft admin center to buy subscriptions.', 'Sign in again.'], ['Open the app.', 'Go to the Microsoft 365 admin center to buy subscriptions.', 'Sign in again.']);
    assert.deepEqual(r.segments[1], ['changed', 'fuzzy', 'Go to the Microsoft 365 admin center to buy subscriptions.']);
    assert.deepEqual(r.added, []);
  });

  it('finds a sentence that moved unchanged, and one that moved and changed', () => {
    const r = against(
      ['Your admin creates the shared mailbox.', 'Open Outlook on the web.', 'Select your name at the top of the page.', 'Type the name of the shared mailbox.'],
      ['Open Outlook on the web.', 'Select your profile picture at the top of the page.', 'Type the name of the shared mailbox.', 'Your admin creates the shared mailbox.'],
    );
    assert.equal(r.segments[0][0], 'unchanged');
    assert.equal(r.segments[0][1], 'moved');
    assert.deepEqual(r.segments[2], ['changed', 'fuzzy', 'Select your profile picture at the top of the page.']);
  });

  it('gives two sentences merged into one the merged sentence each', () => {
    const r = against(['Deploy the pilot.', 'After you deploy your pilot, capture feedback from users.', 'Consider the following:', 'Plan the rollout.'], ['Deploy the pilot.', 'After you deploy your pilot, capture feedback from users and consider the following:', 'Plan the rollout.']);
    assert.deepEqual(r.segments[1], ['changed', 'merged', 'After you deploy your pilot, capture feedback from users and consider the following:']);
    assert.deepEqual(r.segments[2], ['changed', 'merged', 'After you deploy your pilot, capture feedback from users and consider the following:']);
    assert.deepEqual(r.added, []);
  });

  it('gives a sentence split in two both new sentences', () => {
    const r = against(
      ['Sign in.', 'You can exchange a reservation for another reservation of the same type and there are no penalties for the exchange.', 'Contact support.'],
      ['Sign in.', 'You can exchange a reservation for another reservation of the same type.', 'There are no penalties for the exchange.', 'Contact support.'],
    );
    assert.deepEqual(r.segments[1], ['changed', 'split', 'You can exchange a reservation for another reservation of the same type. ‖ There are no penalties for the exchange.']);
    assert.deepEqual(r.added, []);
  });

  it('matches a paragraph segment with the sentences it stands for, and back: the same words are unchanged', () => {
    const sentences = ['Sign in to the admin center.', 'Go to Billing and select Your products.', 'Choose the subscription to cancel.'];
    const r = against(['Open the page.', `p:${sentences.join(' ')}`, 'Done.'], ['Open the page.', ...sentences, 'Done.']);
    assert.deepEqual(r.segments[1][0], 'unchanged');
    assert.equal(r.segments[1][2], sentences.join(' ‖ '));
    assert.deepEqual(r.added, []);
    const back = against(['Open the page.', ...sentences, 'Done.'], ['Open the page.', `p:${sentences.join(' ')}`, 'Done.']);
    assert.deepEqual(back.segments.slice(1, 4).map((s) => s[2]), [sentences.join(' '), sentences.join(' '), sentences.join(' ')]);
    assert.deepEqual(back.segments.slice(1, 4).map((s) => s[0]), ['unchanged', 'unchanged', 'unchanged']);
    assert.deepEqual(back.added, []);
    const reworded = against(['Open the page.', `p:${sentences.join(' ')}`, 'Done.'], ['Open the page.', sentences[0], 'Go to Billing and pick Your products.', sentences[2], 'Done.']);
    assert.deepEqual(reworded.segments[1][0], 'changed', 'a word changed inside the paragraph');
  });

  it('gives the second half of a paragraph split in two to the paragraph, not to the removed sentence after it', () => {
    const halves = ['On the **Products** tab, find the plan that you want to renew.', 'Select the three dots, then select **Renew this plan**.'];
    const r = against(['Open the page.', `p:${halves.join(' ')}`, "If you don't see **Renew this plan**, contact support.", 'Done.'], ['Open the page.', ...halves, 'Done.']);
    assert.deepEqual(r.segments[1], ['unchanged', 'split', halves.join(' ‖ ')]);
    assert.deepEqual(r.segments[2], ['removed', undefined, '']);
    assert.deepEqual(r.added, []);
  });

  it('takes white space, quotes, escapes and link targets for no change', () => {
    const r = against(
      ['Select  **Save** .', 'Type “yes” and don’t close the window.', 'Enter \\<your organization\\>.', 'See [the docs](https://learn.microsoft.com/en-us/a).'],
      ['Select **Save**.', 'Type "yes" and don\'t close the window.', 'Enter <your organization>.', 'See [the docs](https://learn.microsoft.com/it-it/a).'],
    );
    assert.deepEqual(r.segments.map((s) => `${s[0]}:${s[1]}`), ['unchanged:normalised', 'unchanged:normalised', 'unchanged:normalised', 'unchanged:normalised']);
  });

  it('takes punctuation for a change, with the same sentence matched', () => {
    const r = against(['Open the app.', "We're here to help!", 'Bye.'], ['Open the app.', "We're here to help", 'Bye.']);
    assert.deepEqual(r.segments[1], ['changed', 'fuzzy', "We're here to help"]);
  });

  it('reports a rewritten section as removed and added sentences, not as look-alikes', () => {
    const r = against(
      ['# Billing', 'Charges appear on your invoice.', 'Refunds take ten days.', 'Contact support for help.'],
      ['# Billing', 'Reserved instances are charged to the payment method of the subscription.', 'Cancellation is available in the Azure portal.', 'Contact support for help.'],
    );
    assert.deepEqual(r.segments.map((s) => s[0]), ['unchanged', 'removed', 'removed', 'unchanged']);
    assert.deepEqual(r.added.map((a) => a[1]), [0, 0]);
  });

  it('pairs a sentence rewritten in its place, left over alone between the same neighbours', () => {
    // Few words in common (a third), but the only sentence that went and the only one that came, in the same place.
    const r = against(['Admins need to switch plans manually.', 'Purchase the new plan.', 'Reassign the licenses.'], ['Admins must change plans manually in the admin center.', 'Purchase the new plan.', 'Reassign the licenses.']);
    assert.deepEqual(r.segments[0], ['changed', 'fuzzy', 'Admins must change plans manually in the admin center.']);
    assert.deepEqual(r.added, []);
  });

  it('pairs a short item replaced alone between the same neighbours, whatever it says', () => {
    // A table cell or a label: no word in common, but the only one that went and the only one that came.
    const r = against(['Backups', 'Daily', 'Kept for 30 days.'], ['Backups', 'Every week', 'Kept for 30 days.']);
    assert.deepEqual(r.segments[1], ['changed', 'fuzzy', 'Every week']);
    assert.deepEqual(r.added, []);
  });

  it('reports a sentence replaced alone between the same neighbours by one sharing none of its words as removed and added', () => {
    const r = against(
      ['Here are some things to try:', 'Use a wired connection', 'Temporarily turn off proxy settings', 'Temporarily turn off antivirus software'],
      ['Here are some things to try:', 'Use a wired connection', "If you're on a slow internet connection, install Office using the offline installer", 'Temporarily turn off antivirus software'],
    );
    assert.deepEqual(r.segments.map((s) => s[0]), ['unchanged', 'unchanged', 'removed', 'unchanged']);
    assert.deepEqual(r.added, [["If you're on a slow internet connection, install Office using the offline installer", 1]]);
  });

  it('pairs list items reworded around the same link, and leaves the new item between them added', () => {
    const r = against(
      ['Rooms', '[Plan your environment and review requirements](https://learn.microsoft.com/en-us/rooms/plan?view=o365).', '[Manage, troubleshoot](https://learn.microsoft.com/rooms/manage#troubleshooting), and be aware of [known issues](/rooms/known-issues).', 'Contact support.'],
      ['Rooms', '[Plan](/rooms/plan) for your room.', 'This includes [licensing](/rooms/licensing).', '[Manage devices](/rooms/manage) in the admin center and review the [list of known issues](https://learn.microsoft.com/rooms/known-issues/).', 'Contact support.'],
    );
    assert.deepEqual(r.segments.map((s) => [s[0], s[2]]), [
      ['unchanged', 'Rooms'],
      ['changed', '[Plan](/rooms/plan) for your room.'],
      ['changed', '[Manage devices](/rooms/manage) in the admin center and review the [list of known issues](https://learn.microsoft.com/rooms/known-issues/).'],
      ['unchanged', 'Contact support.'],
    ]);
    assert.deepEqual(r.added, [['This includes [licensing](/rooms/licensing).', 1]]);
  });

  it('takes no link for a match when it is in other sentences too', () => {
    // The support link is in two old sentences: it tells neither apart, and neither new sentence is like them.
    const r = against(
      ['Intro.', 'Sign in to [support](/help/support) with your work account first.', 'Then open [support](/help/support) and create a ticket for the outage.', 'Bye.'],
      ['Intro.', 'Our engineers answer within a day on weekdays.', 'Read about [support](/help/support) hours.', 'Bye.'],
    );
    assert.deepEqual(r.segments.map((s) => s[0]), ['unchanged', 'removed', 'removed', 'unchanged']);
  });

  it('pairs a sentence reworded into two in its place', () => {
    const r = against(
      ['Webinars', 'To allow anyone to register, you must set the policy to Everyone by using the PowerShell command:', 'Set-Policy -Everyone'],
      ['Webinars', "If you don't see the option to allow registration for Everyone, rerun the policy setting.", 'To rerun it, use the PowerShell command:', 'Set-Policy -Everyone'],
    );
    assert.deepEqual(r.segments[1][0], 'changed');
    assert.deepEqual(r.segments[1][1], 'split');
    assert.equal(r.segments[1][2], "If you don't see the option to allow registration for Everyone, rerun the policy setting. ‖ To rerun it, use the PowerShell command:");
    assert.deepEqual(r.added, []);
  });

  it('aligns long documents without pairing every sentence with every other', () => {
    const old = Array.from({ length: 2000 }, (_, i) => `Sentence number ${i} about topic ${i % 17}.`);
    const now = [...old.slice(0, 1000), 'A new sentence in the middle.', ...old.slice(1000)];
    const a = alignSentences(old, now);
    assert.equal(a.old.filter((o) => o.kind === 'exact').length, 2000);
    assert.deepEqual(a.now[1000], []);
  });
});

describe('segment changes: the English source file', () => {
  it('splits an English file into the sentences the pipeline makes segments of', () => {
    const text = [
      '---',
      'title: Cancel a reservation',
      '---',
      '# <a name="cancel"></a>Cancel a reservation',
      '',
      'You can cancel it yourself. Refunds take 10 days, e.g. for a card. See **Billing**.',
      '',
      '- **Self-service:** Use the [Azure portal](https://portal.azure.com).',
      '- Call support<br>Monday to Friday',
      '',
      '| Plan | Refund |',
      '|---|---|',
      '| Monthly | Prorated. |',
      '',
      '> [!NOTE]',
      '> Refunds are capped.',
      '',
      '![A screenshot](media/a.png)',
      '',
      '[Billing](billing.md) | [Support](support.md)',
      '',
      '```',
      'Do not. Split code.',
      '```',
    ].join('\n');
    const doc = parse(text);
    const sentences = currentEnglishOfSource('file:///en/a.md', doc).sentences.map((s) => s.text);
    assert.deepEqual(sentences, [
      'Cancel a reservation',
      'You can cancel it yourself.',
      'Refunds take 10 days, e.g. for a card.',
      'See **Billing**.',
      '**Self-service:** Use the [Azure portal](https://portal.azure.com).',
      'Call support',
      'Monday to Friday',
      'Plan',
      'Refund',
      'Monthly',
      'Prorated.',
      'Refunds are capped.',
      'Billing',
      'Support',
    ]);
    const located = englishSentences(text, doc.frontMatter!.full.end);
    assert.equal(text.slice(located[2].start, located[2].end), 'Refunds take 10 days, e.g. for a card.');
  });

  it('cuts at </br> and hard line breaks, reads lines of links as their texts, and a line of code as no sentence', () => {
    // A backslash that breaks a line stays in its sentence, as the pipeline's lookups keep it (a registry key ending in `\`).
    const text = [
      'Select **Save**.</br> Allow up to an hour.',
      '',
      'Remove-MsolContact  ',
      'Remove-MsolGroup\\',
      'Remove-MsolUser',
      '',
      '[What is it?](https://example.com/what)',
      '[Advanced settings](https://example.com/advanced) | [Workbook settings](https://example.com/workbook)',
      '',
      'Run this command:',
      '',
      '`Set-Policy -WhoCanRegister Everyone`',
      '',
      'These lines',
      'wrap as one sentence.',
      '',
    ].join('\n');
    assert.deepEqual(
      englishSentences(text, 0).map((s) => s.text),
      ['Select **Save**.', 'Allow up to an hour.', 'Remove-MsolContact', 'Remove-MsolGroup\\', 'Remove-MsolUser', 'What is it?', 'Advanced settings', 'Workbook settings', 'Run this command:', 'These lines wrap as one sentence.'],
    );
  });

  it('reads a list letter at the start of a line as a segment of its own, and an initial elsewhere as no end', () => {
    assert.deepEqual(
      englishSentences('1. Create a group:\n\n    a. Sign in to the admin center\n    b. Select **Groups**.\n\n2. Ask J. Smith to approve it.\n', 0).map((s) => s.text),
      ['Create a group:', 'a.', 'Sign in to the admin center', 'b.', 'Select **Groups**.', 'Ask J. Smith to approve it.'],
    );
  });

  it('cuts a sentence at an HTML image in it, as the pipeline does', () => {
    assert.deepEqual(
      englishSentences("At the top of the page, select <img src='data:image/png;base64,iVBORw0KGgo=' /> to open the Settings pane.\n", 0).map((s) => s.text),
      ['At the top of the page, select', 'to open the Settings pane.'],
    );
  });

  it('cuts a heading of two sentences into two, as the pipeline does', () => {
    assert.deepEqual(
      englishSentences('# Error: Your install is newer than your version. Do you want to activate...\n\n## Sign in, e.g. with a key\n', 0).map((s) => s.text),
      ['Error: Your install is newer than your version.', 'Do you want to activate...', 'Sign in, e.g. with a key'],
    );
  });

  it('cuts no sentence inside a link, code or after an abbreviation', () => {
    assert.deepEqual(splitSentences('See [Step 1. Sign in](a.md). Then run `a. B`. Done vs. Not done.'), ['See [Step 1. Sign in](a.md).', 'Then run `a. B`.', 'Done vs. Not done.']);
  });

  it('cuts no sentence inside bold text, but after the mark that closes it', () => {
    assert.deepEqual(splitSentences('**Access denied. Ask your admin for access.**'), ['**Access denied. Ask your admin for access.**']);
    assert.deepEqual(splitSentences('**1. Verify and assign licenses**'), ['**1. Verify and assign licenses**']);
    assert.deepEqual(splitSentences('You see **Something went wrong. Try again.** Sign in. Select **"I agree."** to go on.'), ['You see **Something went wrong. Try again.**', 'Sign in.', 'Select **"I agree."**', 'to go on.']);
  });

  it('aligns a translation with its English source, and places a changed sentence in it', () => {
    const doc = parse(translation(['Cancel a reservation', 'You can cancel it yourself.', 'Refunds take ten days.']));
    const english = parse('# Cancel a reservation\n\nYou can cancel it yourself. Refunds take up to ten days. Card refunds are faster.\n');
    const changes = segmentChanges(doc, currentEnglishOfSource('file:///en/a.md', english));
    assert.deepEqual(changes.segments.map((s) => s.state), ['unchanged', 'unchanged', 'changed']);
    assert.equal(plainEnglish(changes.segments[2].english), 'Refunds take up to ten days.');
    assert.deepEqual(changes.segments[2].english[0].range, { start: { line: 2, character: 28 }, end: { line: 2, character: 56 } });
    assert.deepEqual(changes.added.map((a) => [a.sentence.text, a.after]), [['Card refunds are faster.', 2]]);
  });

  it('reassembles the English at hand-off from the lookups, without the pipeline\'s keys and anchors', () => {
    const doc = parse(translation(['Cancel a reservation', 'You can cancel it yourself.']));
    assert.equal(handoffEnglish(doc), '---\n---\nCancel a reservation\n\nYou can cancel it yourself.\n');
    const heading = parse(`# <a name="cancel"></a><span data-ttu-id="abcde-102">Abbrechen</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Cancel</span></span>\n`);
    assert.equal(handoffEnglish(heading), '# Cancel\n');
  });
});

describe('segment changes: the word diff', () => {
  it('shows the deleted and inserted words', () => {
    assert.deepEqual(wordDiff('Go to the Microsoft admin center.', 'Go to the Microsoft 365 admin center.'), [
      { kind: 'same', text: 'Go to the Microsoft ' },
      { kind: 'inserted', text: '365 ' },
      { kind: 'same', text: 'admin center.' },
    ]);
  });

  it('compares the Markdown when only a link target changed', () => {
    const parts = wordDiff('See [docs](https://a.example/old).', 'See [docs](https://a.example/new).');
    assert.ok(parts.some((p) => p.kind === 'deleted' && p.text.includes('old')));
    assert.ok(parts.some((p) => p.kind === 'inserted' && p.text.includes('new')));
  });
});
