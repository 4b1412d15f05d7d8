import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnWidthsOf, bodyWidthTwips } from './docxTable';
import { reportDocxBytes } from './reportDocx';
import { finishedReport, outlineOf } from './testReports';
import type { Report } from '../../../engine';

async function partsOf(report: Report): Promise<Record<string, string>> {
  const bytes = await reportDocxBytes(outlineOf(report));
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, part]) => [name, strFromU8(part)]));
}

describe('导出 Word (issue 13)', () => {
  it('sets an A4 page with the GB/T 9704 margins and odd/even page-number footers', async () => {
    const parts = await partsOf(finishedReport());
    const document = parts['word/document.xml'] ?? '';
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // 双面印刷: the 订口 alternates sides with the page numbers (Word's 对称页边距), in the schema's order.
    expect(parts['word/settings.xml']).toContain('<w:mirrorMargins/><w:evenAndOddHeaders/>');
    const footers = Object.keys(parts).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(2);
    expect(footers.map((name) => /<w:jc w:val="(\w+)"/.exec(parts[name] ?? '')?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('writes the title in two lines, headings in 黑体, （一） in 楷体, paragraphs indented two characters', async () => {
    const document = (await partsOf(finishedReport()))['word/document.xml'] ?? '';
    expect(document).toMatch(/方正小标宋简体[\s\S]*?某市某局<\/w:t>[\s\S]*?<w:br\/>[\s\S]*?2024年政府信息公开工作年度报告/);
    expect(document).toMatch(/w:eastAsia="黑体"[^]*?一、总体情况/);
    expect(document).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）主动公开。/);
    expect(document).toContain('正文&lt;b&gt;不是标记&lt;/b&gt;。');
    expect(document.match(/w:firstLine="640"/g)?.length).toBeGreaterThanOrEqual(6 + 4);
  });

  it('writes the six printed tables with header rows marked and the format’s merges', async () => {
    const document = (await partsOf(finishedReport()))['word/document.xml'] ?? '';
    expect(document.match(/<w:tbl>/g)).toHaveLength(6);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:gridSpan w:val="7"/>');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
  });

  it('shares the 版心 width among the columns as the print view does', () => {
    const outline = outlineOf(finishedReport());
    for (const printed of outline.sections.flatMap((section) => section.tables)) {
      const widths = columnWidthsOf(printed);
      expect(widths).toHaveLength(printed.depth + printed.table.columns.length);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(bodyWidthTwips);
    }
  });

  it('puts the 草稿 line in the page header of a report with errors, none in a finished one; the 落款 when chosen', async () => {
    const clean = await partsOf(finishedReport({ meta: { agency: '某市某局', year: 2024, closing: { enabled: true, date: '2025-01-08' } } }));
    expect(Object.keys(clean).filter((name) => name.startsWith('word/header'))).toEqual([]);
    expect(Object.values(clean).join('')).not.toContain('草稿');
    expect(clean['word/document.xml']).toMatch(/<w:jc w:val="right"\/>[\s\S]*?某市某局<\/w:t>[\s\S]*?2025年1月8日/);
    const broken = await partsOf(finishedReport({ values: { ...finishedReport().values, 's3.new.natural': 2 } }));
    const headers = Object.keys(broken).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers).toHaveLength(2);
    for (const name of headers) expect(broken[name]).toMatch(/草稿：尚有 \d+ 处错误，不能作为正式报告。/);
  });
});
