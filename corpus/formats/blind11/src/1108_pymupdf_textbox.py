"""1108: PyMuPDF (MuPDF Story via insert_htmlbox): the letter in a left frame, a bordered
text box ("要点") beside it on the right, drawn as a separate frame."""
import sys
import pymupdf

CSS = """
@font-face { font-family: ipm; src: url(ipaexm.ttf); }
@font-face { font-family: ipg; src: url(ipaexg.ttf); }
body { font-family: ipm; font-size: 10pt; line-height: 1.6; }
p { margin: 0 0 4pt 0; text-indent: 10pt; }
p.n { text-indent: 0; }
p.r { text-align: right; text-indent: 0; }
p.c { text-align: center; text-indent: 0; }
h1 { font-family: ipg; font-size: 12pt; text-align: center; margin: 10pt 0; }
b { font-family: ipg; }
"""
HEAD = """
<p class="r">宮医発第２０７号</p>
<p class="r">令和９年２月１８日</p>
<p class="n">郡市医師会長　殿</p>
<p class="n">会員各位</p>
<p class="r">公益社団法人 宮城県医師会<br>会長　佐　藤　光　弘</p>
"""
BODY = """
<h1>レセプトオンライン請求の一時停止について</h1>
<p>日頃より本会の事業にご協力を賜り、厚く御礼申し上げます。</p>
<p>社会保険診療報酬支払基金から、東北地区の回線設備の工事により、東北６県の医療機関等において下記の時間帯にレセプトのオンライン請求ができなくなるとの連絡がありました。3月の請求期間とは重なりませんが、返戻再請求や取下げ依頼の送信を予定している医療機関はご注意ください。</p>
<p>また、全国のオンライン資格確認等システムについても、定期保守のため停止が予定されております。</p>
<p class="c">記</p>
<p class="n"><b>１　レセプトオンライン請求システム（東北地区）</b></p>
<p class="n">　日時　2027年3月6日（土）20時～3月7日（日）8時</p>
<p class="n">　地域　青森県、岩手県、宮城県、秋田県、山形県、福島県</p>
<p class="n"><b>２　オンライン資格確認等システム（全国）</b></p>
<p class="n">　日時　2027年3月20日（土）23時～3月21日（日）3時</p>
<p class="n">　※作業の進み具合により、終了が早まる場合があります。</p>
<p class="n">　（全国一斉のため、地域の指定はありません）</p>
<p class="r">以上</p>
<p class="n">【問合せ】宮城県医師会 業務第二課　022-227-1591</p>
<p class="n">　支払基金 東北ブロック　https://www.ssk.or.jp/tohoku/oshirase.html</p>
"""
BOX = """
<p class="n"><b>＜要点＞</b></p>
<p class="n">■オンライン請求不可</p>
<p class="n">3/6(土) 20:00</p>
<p class="n">　～3/7(日) 8:00</p>
<p class="n">東北6県</p>
<p class="n">■資格確認不可</p>
<p class="n">3/20(土) 23:00</p>
<p class="n">　～3/21(日) 3:00</p>
<p class="n">全国</p>
"""

arch = pymupdf.Archive()
arch.add("/usr/share/fonts/opentype/ipaexfont-mincho")
arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
doc = pymupdf.open()
page = doc.new_page(width=595.28, height=841.89)
for rect, html in ((pymupdf.Rect(60, 56, 535, 190), HEAD), (pymupdf.Rect(60, 190, 410, 800), BODY),
                   (pymupdf.Rect(430, 300, 530, 520), BOX)):
    spare, scale = page.insert_htmlbox(rect, html, css=CSS, archive=arch)
    assert spare >= 0 and scale == 1, (spare, scale)
page.draw_rect(pymupdf.Rect(424, 292, 536, 526), color=(0, 0, 0), width=0.8)
doc.subset_fonts()
doc.set_metadata({"producer": "PyMuPDF " + pymupdf.__version__, "creator": "PyMuPDF", "title": "",
                  "creationDate": "D:20270218090000+09'00'", "modDate": "D:20270218090000+09'00'"})
doc.save(sys.argv[1], garbage=4, deflate=True, no_new_id=True)
