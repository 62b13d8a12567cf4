import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule numbers', () => {
  it('fires on a changed number, on the number that replaced it (de-DE sample)', () => {
    const [f] = checkSegment('numbers', 'Die erste Synchronisierung kann bis zu 3 Minuten dauern.', 'The first sync can take up to 30 minutes.');
    assert.equal(f.at, '3');
    assert.equal(f.message, 'The English has the number 30; the translation does not (it has 3).');
  });

  it('fires on a date turned into another date', () => {
    const [f] = checkSegment('numbers', 'veți primi (07.01.2031) * 10 LEI înapoi.', 'you will get (1-7/31) * $10 back.', { locale: 'ro-RO' });
    assert.match(f.message, /the number 1-7\/31/);
  });

  it('fires on a lost number', () => {
    const [f] = checkSegment('numbers', 'Sie können Notizbücher wiederherstellen.', 'You can recover notebooks within 30 days.');
    assert.equal(f.message, 'The English has the number 30; the translation does not.');
  });

  it('reports the numbers a segment lost in one finding', () => {
    const [f, ...more] = checkSegment('numbers', 'Behalten Sie Kopien für einige Tage.', 'Keep 30 copies for 90 days.');
    assert.deepEqual(more, []);
    assert.equal(f.message, 'The English has the numbers 30 and 90; the translation does not.');
  });

  it('accepts a time on the hour written the local way, and a name with a number called by its local name (traps)', () => {
    assert.deepEqual(checkSegment('numbers', 'バックアップは午前 3 時に実行されます。', 'The backup runs at 3:00 AM.', { locale: 'ja-JP' }), []);
    assert.deepEqual(checkSegment('numbers', 'バックアップは 23 時に実行されます。', 'The backup runs at 11:00 PM.', { locale: 'ja-JP' }), []);
    assert.deepEqual(checkSegment('numbers', '备份在 23 点运行，保留 30 天。', 'The backup runs at 11:00 PM and is kept 30 days.', { locale: 'zh-CN' }), []);
    assert.deepEqual(checkSegment('numbers', '新冠肺炎疫情期間的支援', 'Support during COVID-19', { locale: 'zh-TW' }), []);
    const [changed] = checkSegment('numbers', 'バックアップは午前 4 時に実行されます。', 'The backup runs at 3:00 AM.', { locale: 'ja-JP' });
    assert.ok(changed, 'another hour is still a changed number');
  });

  it('accepts separators, dates, times, native digits, number words and magnitudes of the locale (traps)', () => {
    const same: [string, string, string?][] = [
      ['bis zu 2.000 Elemente', 'up to 2,000 items'],
      ['0,5 GB', '0.5 GB'],
      ['am 22.07.2019', 'on 7/22/2019'],
      ['um 14:30 Uhr', 'at 2:30 PM'],
      ['drei Optionen', '3 options'],
      ['zwei GB', '2 GB'],
      ['30 ๐๐ รายการ', '30 00 items', 'th-TH'],
      ['สูงสุด ๓๐ นาที', 'up to 30 minutes', 'th-TH'],
      ['文件庫最多可以有30000000個檔案', 'A library can have up to 30 million files', 'zh-TW'],
      ['超過 10 萬位使用者', 'more than 100K users', 'zh-TW'],
      ['kahdeskymmenesensimmäinen päivä', 'the 21st day', 'fi-FI'],
      ['täysin saatavilla', '100% available', 'fi-FI'],
      ['Version 4,2', 'version 4.2'],
    ];
    for (const [tr, en, locale] of same) assert.deepEqual(checkSegment('numbers', tr, en, { locale }), [], `${en} → ${tr}`);
  });

  it('accepts a Thai date with its year in the Buddhist era, and only in Thai (trap)', () => {
    assert.deepEqual(checkSegment('numbers', 'เผยแพร่เมื่อวันที่ 22 กรกฎาคม 2564', 'Published on July 22, 2021.', { locale: 'th-TH' }), []);
    assert.deepEqual(checkSegment('numbers', 'เผยแพร่เมื่อ 22/7/2564', 'Published on 7/22/2021.', { locale: 'th-TH' }), []);
    const [other] = checkSegment('numbers', 'เผยแพร่เมื่อวันที่ 22 กรกฎาคม 2565', 'Published on July 22, 2021.', { locale: 'th-TH' });
    assert.equal(other?.message, 'The English has the number 2021; the translation does not (it has 2565).');
    assert.equal(checkSegment('numbers', 'Veröffentlicht am 22. Juli 2564.', 'Published on July 22, 2021.').length, 1);
  });

  it('names a year the translation invents, even where the English has no digit', () => {
    const [f] = checkSegment('numbers', 'Caracteristici noi în Atac 2010.', 'New features in Attack Simulator.', { locale: 'ro-RO' });
    assert.equal(f.message, 'The translation has the year 2010; the English has no such number.');
    assert.deepEqual(checkSegment('numbers', 'Office 2016 și Office 2019', 'Office 2016 and Office 2019', { locale: 'ro-RO' }), []);
  });
});
