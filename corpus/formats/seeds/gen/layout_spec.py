"""How each seed is laid out on paper: alignment, page breaks, sizes.

The seed text has lost its layout (all lines are flush left).  A letter puts the document
number and date and the issuer at the right, the title and 記 in the centre, 以上 at the
right.  Page breaks are put where the seed shows one: a page-number line (003 line 26) or
a sentence or list cut by blank lines in mid-phrase (the conversion's trace of a page end).

Each role names the seed line by number *and* by a piece of its text, so a changed seed
fails loudly instead of being laid out wrongly.
"""

R = {"align": "right"}
C = {"align": "center"}
BR = {"break": True}


def _r(**kw):
    return kw


SPECS = {
    "000_80465f3a0b9055d7": {
        "title": "令和8年5月・6月のオンライン資格確認等システムのメンテナンスに伴う影響について（周知依頼）",
        "roles": [
            (5, "公益社団法人 日本医師会", R),
            (6, "常任理事 長島 公之", R),
            (7, "（公印省略）", R),
            (9, "令和 8 年 5 月・6 月の", dict(C, size=12)),
            (10, "影響について（周知依頼）", dict(C, size=12)),
            (20, "以上", R),
            (51, "事務連絡", dict(R, **BR)),
            (52, "令和8年4月27日", R),
            (58, "厚生労働省保険局医療介護連携政策課", R),
            (60, "令和8年5月・6月のオンライン資格確認等システムの", dict(C, size=12)),
            (61, "メンテナンスに伴う影響について（周知依頼）", dict(C, size=12)),
            (69, "記", C),
            (79, "あった場合の資格確認については", BR),
        ],
    },
    "001_782547caf5a8f269": {
        "title": "2月1日・2日のネットワーク更改に伴うオンライン資格確認等システムへの影響について(周知依頼)",
        "roles": [
            (3, "日医発第 1817 号", R),
            (4, "令和 7 年 1 月 30 日", R),
            (9, "公益社団法人 日本医師会", R),
            (10, "常任理事 長島 公之", R),
            (11, "(公印省略)", R),
            (13, "2月1日・2日のネットワーク更改に伴う", dict(C, size=12)),
            (14, "オンライン資格確認等システムへの影響について(周知依頼)", dict(C, size=12)),
            (22, "以上", R),
            (32, "2月2日(日) 0:30(予定)", BR),
            (71, "事務連絡", dict(R, **BR)),
            (72, "令和7年1月30日", R),
            (78, "厚生労働省保険局医療介護連携政策課", R),
            (80, "2月1日・2日のネットワーク更改に伴う", dict(C, size=12)),
            (81, "オンライン資格確認等システムへの影響について（周知依頼）", dict(C, size=12)),
            (91, "記", C),
            (110, "茨城県、栃木県、群馬県", BR),
            (132, "た場合は、2分程度お時間を空けて", BR),
        ],
    },
    "002_1d2f8fff1373c4f6": {
        "title": "オンライン資格確認等システムのメンテナンスに伴う資格確認端末の再起動等の案内について (周知)",
        "roles": [
            (3, "日医発第 1576 号", R),
            (4, "令和 7 年 12 月 25 日", R),
            (8, "公益社団法人 日本医師会", R),
            (9, "常任理事 長島 公之", R),
            (10, "(公印省略)", R),
            (12, "オンライン資格確認等システムのメンテナンスに伴う", dict(C, size=12)),
            (13, "資格確認端末の再起動等の案内について (周知)", dict(C, size=12)),
            (26, "以上", R),
            (78, "事 務 連 絡", dict(R, **BR)),
            (79, "令和 7 年 12 月 24 日", R),
            (91, "御中", {"indent": 16}),
            (93, "厚生労働省保険局医療介護連携政策課", R),
            (95, "オンライン資格確認等システムのメンテナンスに伴う", dict(C, size=12)),
            (96, "資格確認端末の再起動等の案内について（周知）", dict(C, size=12)),
            (104, "記", C),
            (110, "ツールが必要となりますが", BR),
            (138, "わらない", BR),
        ],
    },
    "003_b44a9dc4c443d513": {
        "title": "情報提供",
        "footer": "plain",   # the seed's page number is a bare '1'
        "roles": [
            (4, "情報提供", {"size": 16}),
            (6, "那医発第 103 号", R),
            (7, "令和 5 年 5 月 9 日", R),
            (11, "那覇市医師会", R),
            (12, "会 長 友利 博朗", R),
            (13, "担当理事 平良 直人", R),
            (22, ".....記.....", C),
            (26, "1", {"pagenum": True}),
            (28, "日医発第 242 号", R),
            (29, "令和 5 年 4 月 24 日", R),
            (33, "日本医師会 常任理事", R),
            (34, "長島 公之", R),
            (35, "(公印省略)", R),
            (37, "オンライン資格確認の災害時、システム障害時等の", dict(C, size=12)),
            (68, "以上", R),
            (75, "【別添資料】別紙 1", dict(R, **BR)),
            (77, "医療機関・薬局向けの「オンライン資格確認運用マニュアル」", dict(C, size=12)),
            (79, "「第 5 章 困った時には」抜粋", dict(C, size=12)),
        ],
    },
    "004_524d5138cef9eabb": {
        "title": "「オンライン資格確認等システムの表示等について（周知依頼）」の一部改正について",
        "linemode": True,
        # The seed says （改正個所は太字下線）: the added contact (the call centre, its hours
        # and its page) is printed bold and underlined, as in the original.
        "roles": [
            (2, "事 務 連 絡", R),
            (4, "令和５年６月９日", R),
            (12, "厚生労働省保険局医療介護連携政策課", R),
            (14, "厚生労働省保険局医療課", R),
            (16, "厚生労働省医薬・生活衛生局総務課", R),
            (24, "の一部改正について", dict(C, size=11)),
            (44, "（改正個所は太字下線）", R),
            (50, "令和５年６月６日", dict(R, **BR, size=12)),
            (52, "令和５年６月９日一部改正", dict(R, size=12)),
            (56, "関係団体 御中", {"size": 12}),
            (60, "厚生労働省保険局医療介護連携政策課", dict(R, size=12)),
            (62, "厚生労働省保険局医療課", dict(R, size=12)),
            (64, "厚生労働省医薬・生活衛生局総務課", dict(R, size=12)),
            (70, "オンライン資格確認等システムの表示等について（周知依頼）", dict(C, size=12)),
        ]
        + [(n, "", {"size": 12}) for n in range(76, 121, 2)]
        + [
            (104, "医療機関等の問い合わせについては", {"size": 12, "ul": True}),
            (106, "ー（0800-080-4583）※２でも", {"size": 12, "ul": True}),
            (120, "※２受付時間", {"size": 12, "ul": True}),
            (124, "別紙", dict(R, **BR, size=12)),
            (130, "（参考：掲載ページＵＲＬ）", {"size": 12}),
            (144, "医療機関等向けのオンライン資格確認等コールセンター", {"size": 12, "ul": True}),
            (146, "https://www.iryohokenjyoho-portalsite.jp/post-7.html", {"size": 12, "ul": True}),
            (154, "（別紙）", BR),
        ]
        + [(n, "", {"size": 12}) for n in range(132, 143, 2)],
    },
}


def roles(name: str, src: list[str]) -> dict[int, dict]:
    spec = SPECS.get(name)
    if not spec:
        return {}
    out: dict[int, dict] = {}
    for no, piece, role in spec["roles"]:
        line = src[no - 1] if 0 < no <= len(src) else None
        if line is None or piece not in line:
            raise SystemExit(f"layout_spec: {name} line {no} should contain {piece!r}, has {line!r}")
        merged = dict(out.get(no, {}))
        merged.update(role)
        out[no] = merged
    return out
