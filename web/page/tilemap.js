// A small map of Japan: one tile per prefecture on a 13 × 11 grid, roughly where it lies
// (Hokkaidō top right, Okinawa bottom left), the affected ones filled.
//
// Tiles rather than outlines: a few kilobytes instead of a GeoJSON, readable on a phone,
// and each prefecture gets the same room whatever its size. The map is a picture for the
// eye; the list of prefecture names next to it is what screen readers get.
'use strict';

(function (T) {
  // code: [short name, column, row, width]
  const TILES = {
    '01': ['北海道', 11, 0, 2], '02': ['青森', 11, 1, 2], '05': ['秋田', 11, 2, 1], '03': ['岩手', 12, 2, 1],
    '06': ['山形', 11, 3, 1], '04': ['宮城', 12, 3, 1],
    '17': ['石川', 8, 4, 1], '16': ['富山', 9, 4, 1], '15': ['新潟', 10, 4, 1], '07': ['福島', 11, 4, 2],
    '18': ['福井', 7, 5, 1], '21': ['岐阜', 8, 5, 1], '20': ['長野', 9, 5, 1], '10': ['群馬', 10, 5, 1],
    '09': ['栃木', 11, 5, 1], '08': ['茨城', 12, 5, 1],
    '32': ['島根', 3, 6, 1], '31': ['鳥取', 4, 6, 1], '28': ['兵庫', 5, 6, 1], '26': ['京都', 6, 6, 1],
    '25': ['滋賀', 7, 6, 1], '23': ['愛知', 8, 6, 1], '19': ['山梨', 9, 6, 1], '11': ['埼玉', 10, 6, 1],
    '13': ['東京', 11, 6, 1], '12': ['千葉', 12, 6, 1],
    '41': ['佐賀', 0, 7, 1], '40': ['福岡', 1, 7, 1], '35': ['山口', 2, 7, 1], '34': ['広島', 3, 7, 1],
    '33': ['岡山', 4, 7, 1], '27': ['大阪', 5, 7, 1], '29': ['奈良', 6, 7, 1], '24': ['三重', 7, 7, 1],
    '22': ['静岡', 8, 7, 2], '14': ['神奈川', 10, 7, 2],
    '42': ['長崎', 0, 8, 1], '43': ['熊本', 1, 8, 1], '44': ['大分', 2, 8, 1], '38': ['愛媛', 3, 8, 1],
    '37': ['香川', 4, 8, 1], '30': ['和歌山', 5, 8, 2],
    '46': ['鹿児島', 0, 9, 2], '45': ['宮崎', 2, 9, 1], '39': ['高知', 3, 9, 1], '36': ['徳島', 4, 9, 1],
    '47': ['沖縄', 0, 10, 1],
  };

  /** The map as an element, the prefectures with `codes` filled; hidden from screen readers. */
  function tileMap(codes, status) {
    const on = new Set(codes);
    const map = document.createElement('div');
    map.className = `tilemap status-${status}`;
    map.setAttribute('aria-hidden', 'true');
    for (const [code, [name, x, y, w]] of Object.entries(TILES)) {
      const tile = document.createElement('span');
      tile.className = on.has(code) ? 'tile on' : 'tile';
      tile.textContent = name;
      tile.style.gridColumn = `${x + 1} / span ${w}`;
      tile.style.gridRow = `${y + 1}`;
      map.appendChild(tile);
    }
    return map;
  }

  T.tileMap = tileMap;
  T.TILES = TILES;
})(self.Tsuchi = self.Tsuchi || {});
