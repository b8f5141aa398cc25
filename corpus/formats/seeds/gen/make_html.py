#!/usr/bin/env python3
"""Seed -> a web page that carries the notice as its article.

Each page has the chrome a reader must skip: <header> with the site name and a nav,
breadcrumbs, a sidebar of 関連記事 / 新着情報 (other dates, other links), a <footer> with
the site's own address, phone and fax, 最終更新日 and copyright, and a script.  The notice
is the <article> inside <main> (modern pages) or <div id="main-content"> (older pages,
laid out with a table).  The page's 掲載日 is the notice's own date; 000 has none (its
cover letter carries no date, and the expected answer says date: null).

The sites are fictitious; their phone numbers and dates are not the notice's.

Encodings: 002 Shift_JIS (cp932, for ①②), 003 EUC-JP, the others UTF-8.
"""
from __future__ import annotations

import argparse
import html
import sys

import html_render
import seedmd

esc = html_render.esc
attr = html_render.attr

SITES = {
    "000_80465f3a0b9055d7": dict(
        style="modern", charset="utf-8",
        site="青葉県医師会", site_en="Aoba Prefectural Medical Association",
        home="https://www.aoba-med.example.jp/",
        headline="令和8年5月・6月のオンライン資格確認等システムのメンテナンスに伴う影響について（周知依頼）",
        crumbs=["ホーム", "会員の皆様へ", "医療DX・オンライン資格確認"],
        category="医療DX・オンライン資格確認", posted=None,
        nbsp_lines=(6,),
        related=[
            ("2026年4月10日", "/member/dx/2026041001.html", "電子処方箋管理サービスの新機能について（情報提供）"),
            ("2026年3月20日", "/member/dx/2026032001.html", "医療DX推進体制整備加算の施設基準に関するQ&A"),
            ("2026年2月27日", "/member/dx/2026022701.html", "マイナ保険証の利用促進に係る周知用ポスターの送付について"),
        ],
        news=[
            ("2026年4月30日", "/news/2026043001.html", "ゴールデンウィーク期間中の事務局休業のお知らせ"),
            ("2026年4月22日", "/news/2026042201.html", "第128回定例代議員会の開催について"),
            ("2026年4月15日", "/seminar/2026041501.html", "在宅医療研修会（6月14日開催）参加者募集"),
        ],
        address="〒980-8577 青葉市中央三丁目1番5号 青葉県医師会館",
        tel="022-555-0131", fax="022-555-0132", updated="2026年5月1日", year="2026",
    ),
    "001_782547caf5a8f269": dict(
        style="modern", charset="utf-8",
        site="みなと市医師会", site_en="Minato City Medical Association",
        home="https://www.minato-med.example.jp/",
        headline="2月1日・2日のネットワーク更改に伴うオンライン資格確認等システムへの影響について（周知依頼）",
        crumbs=["トップ", "お知らせ", "日本医師会からの通知"],
        category="日本医師会からの通知", posted=("2025-01-30", "2025年1月30日"),
        nbsp_lines=(10,),
        related=[
            ("2024年12月20日", "/info/20241220.html", "年末年始のネットワーク基盤更改作業について（西日本エリア）【終了しました】"),
            ("2024年12月2日", "/info/20241202.html", "12月2日以降の医療機関等の窓口における資格確認方法について"),
            ("2024年11月15日", "/info/20241115.html", "資格確認書の様式について（情報提供）"),
        ],
        news=[
            ("2025年1月28日", "/news/20250128.html", "インフルエンザ流行警報の発令について"),
            ("2025年1月24日", "/news/20250124.html", "令和7年度 予防接種委託契約の更新手続き"),
            ("2025年1月17日", "/news/20250117.html", "休日当番医 2月分を掲載しました"),
        ],
        address="〒231-0000 みなと市中区本町4-40 みなと市医師会館3階",
        tel="045-555-0170", fax="045-555-0171", updated="2025年1月31日", year="2025",
    ),
    "002_1d2f8fff1373c4f6": dict(
        style="sjis", charset="Shift_JIS",
        site="東雲県医師会", site_en="Shinonome Medical Association",
        home="http://www.shinonome-ishikai.example.jp/",
        headline="オンライン資格確認等システムのメンテナンスに伴う資格確認端末の再起動等の案内について（周知）",
        crumbs=["ホーム", "会員向け情報", "保険・オンライン請求"],
        category="保険・オンライン請求", posted=("2025-12-25", "2025年12月25日"),
        nbsp_lines=(9, 78),
        related=[
            ("2025年11月28日", "/kaiin/hoken/251128.html", "年末年始におけるオンライン請求システムの稼働について"),
            ("2025年10月31日", "/kaiin/hoken/251031.html", "① 顔認証付きカードリーダーの保守期限について ② 補助金の申請期限"),
            ("2025年9月12日", "/kaiin/hoken/250912.html", "資格確認端末のOSアップデートに関するお願い"),
        ],
        news=[
            ("2025年12月22日", "/news/251222.html", "年末年始休業のお知らせ（12月27日～1月4日）"),
            ("2025年12月19日", "/news/251219.html", "会報1月号を掲載しました"),
            ("2025年12月10日", "/news/251210.html", "新春講演会のご案内"),
        ],
        address="〒790-0000 東雲市大手町2丁目5番地",
        tel="089-555-0224", fax="089-555-0225", updated="2025年12月26日", year="2025",
    ),
    "003_b44a9dc4c443d513": dict(
        style="legacy", charset="EUC-JP",
        site="うりずん医療情報ネット", site_en="Urizun Medical Information Net",
        home="http://www.urizun-iryo.example.jp/",
        headline="オンライン資格確認の災害時、システム障害時等の資格確認方法について（情報提供）",
        crumbs=["トップページ", "医師会からの情報提供", "2023年"],
        category="医師会からの情報提供", posted=("2023-05-09", "2023年5月9日"),
        nbsp_lines=(12, 13),
        related=[
            ("2023年4月28日", "/info/2023/0428.html", "ゴールデンウィーク期間の救急医療体制について"),
            ("2023年4月3日", "/info/2023/0403.html", "オンライン資格確認の原則義務化に関するQ&A"),
            ("2023年3月24日", "/info/2023/0324.html", "医療情報化支援基金の補助申請期限について"),
        ],
        news=[
            ("2023年5月8日", "/news/0508.html", "新型コロナウイルス感染症の5類移行について"),
            ("2023年5月1日", "/news/0501.html", "会員名簿の更新について"),
        ],
        address="〒900-0000 うりずん市字泉崎1-2-3",
        tel="098-555-0311", fax="098-555-0312", updated="2023年5月10日", year="2023",
    ),
    "004_524d5138cef9eabb": dict(
        style="modern", charset="utf-8",
        site="医療保険ニュース", site_en="Iryo Hoken News",
        home="https://www.hoken-news.example.jp/",
        headline="「オンライン資格確認等システムの表示等について（周知依頼）」の一部改正について",
        crumbs=["ホーム", "行政通知", "オンライン資格確認"],
        category="行政通知（事務連絡）", posted=("2023-06-09", "2023年6月9日"),
        nbsp_lines=(2,),
        related=[
            ("2023年6月6日", "/gyosei/2023/0606-1.html", "オンライン資格確認等システムの表示等について（周知依頼）"),
            ("2023年5月26日", "/gyosei/2023/0526-2.html", "マイナンバーカードの健康保険証利用に関する紐付け誤りへの対応"),
            ("2023年5月12日", "/gyosei/2023/0512-1.html", "資格確認限定型オンライン資格確認の導入について"),
        ],
        news=[
            ("2023年6月8日", "/news/2023/0608.html", "診療報酬改定に向けた中医協の議論（第541回）"),
            ("2023年6月7日", "/news/2023/0607.html", "医療DX推進本部 工程表を公表"),
            ("2023年6月5日", "/news/2023/0605.html", "編集部からのお知らせ：メールマガジン配信日の変更"),
        ],
        address="〒101-0000 東京都千代田区神田錦町9-9 ニュースビル5階 医療保険ニュース編集部",
        tel="03-5555-0409", fax="03-5555-0410", updated="2023年6月12日", year="2023",
    ),
}

NAV = [("/", "ホーム"), ("/about/", "医師会について"), ("/member/", "会員の皆様へ"),
       ("/citizen/", "県民の皆様へ"), ("/seminar/", "研修会・講演会"), ("/contact/", "お問い合わせ")]

SCRIPT = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-XXXXXXXX');
</script>"""


def nav_html():
    items = "\n".join(f'      <li><a href="{attr(h)}">{esc(t)}</a></li>' for h, t in NAV)
    return f'<nav class="global-nav" aria-label="グローバルナビ">\n    <ul>\n{items}\n    </ul>\n  </nav>'


def crumbs_html(c, headline):
    parts = []
    paths = ["/", "/member/", "/member/dx/"]
    for i, t in enumerate(c):
        parts.append(f'<li><a href="{paths[min(i, 2)]}">{esc(t)}</a></li>')
    parts.append(f"<li>{esc(headline)}</li>")
    return '<nav class="breadcrumb" aria-label="パンくずリスト">\n  <ol>\n    ' + "\n    ".join(parts) + "\n  </ol>\n</nav>"


def sidebar_html(s):
    rel = "\n".join(
        f'      <li><span class="date">{esc(d)}</span><a href="{attr(h)}">{esc(t)}</a></li>' for d, h, t in s["related"])
    news_rows = "\n".join(
        f'      <tr><th scope="row">{esc(d)}</th><td><a href="{attr(h)}?from=side&amp;ref=news">{esc(t)}</a></td></tr>'
        for d, h, t in s["news"])
    return f"""<aside class="sidebar">
  <section class="related">
    <h2>関連記事</h2>
    <ul>
{rel}
    </ul>
  </section>
  <section class="news">
    <h2>新着情報</h2>
    <table class="news-list">
{news_rows}
    </table>
    <p class="more"><a href="/news/?page=1&amp;sort=date">新着情報一覧へ</a></p>
  </section>
</aside>"""


def footer_html(s):
    return f"""<footer class="site-footer">
  <div class="footer-nav"><a href="/privacy/">個人情報保護方針</a> | <a href="/sitemap/">サイトマップ</a> | <a href="/access/">アクセス</a></div>
  <address>{esc(s["site"])}<br>
  {esc(s["address"])}<br>
  TEL&nbsp;{esc(s["tel"])}&nbsp;&nbsp;FAX&nbsp;{esc(s["fax"])}（受付時間 平日 9:00-17:00）</address>
  <p class="updated">最終更新日：{esc(s["updated"])}</p>
  <p class="copyright">Copyright &copy; {s["year"]} {esc(s["site_en"])}. All Rights Reserved.</p>
</footer>"""


def article_html(doc, s):
    body = html_render.article_html(doc, "web", nbsp_lines=s["nbsp_lines"])
    meta = [f'<span class="category">カテゴリ：<a href="/member/dx/">{esc(s["category"])}</a></span>']
    if s["posted"]:
        iso, ja = s["posted"]
        meta.insert(0, f'<span class="posted">掲載日：<time datetime="{iso}">{esc(ja)}</time></span>')
    return f"""<article class="notice">
  <header class="entry-header">
    <h1>{esc(s["headline"])}</h1>
    <p class="entry-meta">{" ".join(meta)}</p>
  </header>
  <div class="entry-body">
{body}
  </div>
  <p class="pdf-link"><a href="/files/{doc.name}.pdf">通知文（PDF）</a></p>
</article>"""


CSS_MODERN = """body{font-family:"Hiragino Kaku Gothic ProN","Noto Sans JP",Meiryo,sans-serif;margin:0;color:#222}
.site-header{background:#0b4f8a;color:#fff;padding:8px 24px}.site-header a{color:#fff}
.global-nav ul{list-style:none;display:flex;gap:1.5em;margin:0;padding:0}
.breadcrumb ol{list-style:none;display:flex;gap:.5em;padding:0 24px;font-size:90%}
.breadcrumb li+li:before{content:"＞";margin-right:.5em}
.wrap{display:flex;gap:32px;padding:0 24px}main{flex:3}aside{flex:1;font-size:90%}
.entry-body p.right{text-align:right}.entry-body p.center{text-align:center}.entry-body p.title{font-weight:bold}
.entry-body p.indent{margin-left:12em}
ul.plain{list-style:none;padding-left:0}ul.plain ul.plain{padding-left:1em}
hr.pagebreak{border:0;border-top:1px dashed #ccc}
.site-footer{background:#eee;padding:16px 24px;margin-top:32px;font-size:85%}"""


def page_modern(doc, s):
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(s["headline"])} | {esc(s["site"])}</title>
<meta name="description" content="{attr(s["site"])}からのお知らせです。">
<link rel="stylesheet" href="/assets/css/style.css?v=20240401">
<style>
{CSS_MODERN}
</style>
{SCRIPT}
</head>
<body>
<a class="skip" href="#content">本文へスキップ</a>
<header class="site-header">
  <p class="site-name"><a href="/">{esc(s["site"])}</a></p>
  <form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="サイト内検索"><button>検索</button></form>
  {nav_html()}
</header>
{crumbs_html(s["crumbs"], s["headline"])}
<div class="wrap">
<main id="content">
{article_html(doc, s)}
</main>
{sidebar_html(s)}
</div>
{footer_html(s)}
<script src="/assets/js/menu.js"></script>
</body>
</html>
"""


def page_sjis(doc, s):
    # a page of the 2010s: XHTML-ish markup, <div id="main-content">, still HTML5 landmarks
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<title>{esc(s["headline"])}｜{esc(s["site"])}</title>
<link rel="stylesheet" type="text/css" href="/common/css/import.css" media="all">
<style type="text/css">
#container{{width:960px;margin:0 auto}}#main-content{{float:left;width:680px}}#side{{float:right;width:250px}}
.right{{text-align:right}}.center{{text-align:center}}.title{{font-weight:bold}}.indent{{margin-left:12em}}
ul.plain{{list-style:none;padding-left:0}}
</style>
<script type="text/javascript" src="/common/js/jquery.js"></script>
{SCRIPT}
</head>
<body>
<div id="container">
<header id="header">
  <h1 id="logo"><a href="/"><img src="/common/img/logo.gif" alt="{attr(s["site"])}" width="300" height="60"></a></h1>
  <ul id="utility"><li><a href="/sitemap/">サイトマップ</a></li><li><a href="/english/">English</a></li><li><a href="/contact/">お問い合わせ</a></li></ul>
  {nav_html()}
</header>
<div id="topicpath">{"&nbsp;&gt;&nbsp;".join(f'<a href="/">{esc(c)}</a>' for c in s["crumbs"])}&nbsp;&gt;&nbsp;{esc(s["headline"])}</div>
<div id="main-content">
{article_html(doc, s)}
<p class="pagetop"><a href="#header">▲ページの先頭へ</a></p>
</div>
<div id="side">
{sidebar_html(s)}
<div class="banner"><a href="/member/login.html"><img src="/common/img/bnr_member.gif" alt="会員専用ページ" width="250" height="60"></a></div>
</div>
<br clear="all">
{footer_html(s)}
</div>
</body>
</html>
"""


def page_legacy(doc, s):
    # an older site: layout table, left menu cell, the notice in <div id="main-content">
    side = sidebar_html(s)
    menu = "<br>\n".join(f'<a href="{attr(h)}">{esc(t)}</a>' for h, t in NAV)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>{esc(s["site"])}：{esc(s["headline"])}</title>
<style type="text/css">
<!--
body {{ margin:0; font-size:90%; }}
.right {{ text-align:right; }} .center {{ text-align:center; }} .title {{ font-weight:bold; }}
ul.plain {{ list-style:none; padding-left:0; }}
-->
</style>
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>
<body bgcolor="#ffffff">
<header>
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#336633">
<tr><td><font color="#ffffff" size="+2"><b>{esc(s["site"])}</b></font></td>
<td align="right"><font color="#ffffff" size="-1">{"&nbsp;|&nbsp;".join(f'<a href="{attr(h)}"><font color="#ffffff">{esc(t)}</font></a>' for h, t in NAV[:4])}</font></td></tr>
</table>
</header>
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr>
<td width="160" valign="top" bgcolor="#eeeedd" class="menu">
<b>メニュー</b><br>
{menu}
</td>
<td valign="top">
<div class="breadcrumb"><a href="/">{esc(s["crumbs"][0])}</a> &gt; <a href="/info/">{esc(s["crumbs"][1])}</a> &gt; <a href="/info/2023/">{esc(s["crumbs"][2])}</a> &gt; {esc(s["headline"])}</div>
<hr size="1" noshade>
<div id="main-content">
{article_html(doc, s)}
</div>
</td>
<td width="220" valign="top" bgcolor="#f4f4f4">
{side}
</td>
</tr>
</table>
{footer_html(s)}
</body>
</html>
"""


ENCODINGS = {"utf-8": "utf-8", "Shift_JIS": "cp932", "EUC-JP": "euc_jp"}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("out")
    a = ap.parse_args(argv)
    doc = seedmd.parse(a.seed)
    s = SITES[doc.name]
    page = {"modern": page_modern, "sjis": page_sjis, "legacy": page_legacy}[s["style"]](doc, s)
    data = page.encode(ENCODINGS[s["charset"]])  # strict: a character the charset lacks is an error
    open(a.out, "wb").write(data)


if __name__ == "__main__":
    sys.exit(main())
