import { describe, expect, it } from 'vitest';
import { escapeHtml, reportHtmlFragment, reportHtmlPage, reportPlainText } from './reportHtml';
import { finishedReport, outlineOf } from './testReports';

describe('导出网页 (issue 13)', () => {
  it('is a self-contained page: zh-CN, UTF-8, a title, no script, class or outside resource', () => {
    const page = reportHtmlPage(outlineOf(finishedReport()));
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>某市某局2024年政府信息公开工作年度报告</title>');
    expect(page).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|\sclass=/);
  });

  it('escapes what the officer typed', () => {
    const fragment = reportHtmlFragment(outlineOf(finishedReport()));
    expect(fragment).toContain('正文&lt;b&gt;不是标记&lt;/b&gt;。');
    expect(fragment).not.toContain('<b>');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('writes the tables with caption, scoped headers and the format’s merged cells', () => {
    const fragment = reportHtmlFragment(outlineOf(finishedReport()));
    expect(fragment.match(/<table /g)).toHaveLength(6);
    expect(fragment).toContain('<caption style="text-align:left;font-weight:bold">第二十条第（一）项</caption>');
    expect(fragment).toMatch(/<th scope="colgroup" colspan="7"[^>]*>申请人情况<\/th>/);
    expect(fragment).toMatch(/<th scope="rowgroup" rowspan="22"[^>]*>三、本年度办理结果<\/th>/);
    expect(fragment).toMatch(/<th scope="colgroup" rowspan="2" colspan="5"[^>]*>行政复议<\/th>/);
  });

  it('leaves the styles out for the async clipboard API, keeping border="1"', () => {
    const plain = reportHtmlFragment(outlineOf(finishedReport()), { styled: false });
    expect(plain).not.toContain('style=');
    expect(plain).toContain('<table border="1" cellspacing="0" cellpadding="4">');
  });

  it('marks a report with errors as 草稿 under the title, a finished one not; never a 落款', () => {
    const clean = finishedReport({ meta: { agency: '某市某局', year: 2024, closing: { enabled: true, date: '2025-01-08' } } });
    expect(reportHtmlPage(outlineOf(clean))).not.toContain('草稿');
    expect(reportHtmlPage(outlineOf(clean))).not.toContain('2025年1月8日');
    const broken = finishedReport({ values: { ...finishedReport().values, 's3.new.natural': 2 } });
    const page = reportHtmlPage(outlineOf(broken));
    expect(page).toMatch(/<\/h1>\n<p style="text-align:center"><strong>草稿：尚有 \d+ 处错误，不能作为正式报告。<\/strong><\/p>\n<h2>/);
  });

  it('gives plain text with one line per paragraph and table cells split by tabs', () => {
    const text = reportPlainText(outlineOf(finishedReport()));
    expect(text.split('\n').slice(0, 4)).toEqual(['某市某局2024年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开。正文<b>不是标记</b>。', '第二段。']);
    expect(text).toContain('规章\t0\t0\t0');
  });
});
