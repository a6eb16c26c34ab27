// Package names compares spellings of names: folding, a
// transliteration-neutral skeleton, Kölner Phonetik, Jaro-Winkler and the
// rules that decide whether two spellings name one referent. It is a leaf
// package: the resolver (within an article) and the graph store (across
// articles) apply the same rules.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lowercases s and removes diacritics (Ä→a, ß→ss, é→e), keeping
// letters, digits, hyphens and spaces.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		switch r {
		case 'ä', 'à', 'á', 'â', 'ã', 'å', 'ā', 'ą':
			b.WriteByte('a')
		case 'ö', 'ò', 'ó', 'ô', 'õ', 'ø', 'ō', 'ő':
			b.WriteByte('o')
		case 'ü', 'ù', 'ú', 'û', 'ū', 'ű', 'ů':
			b.WriteByte('u')
		case 'é', 'è', 'ê', 'ë', 'ē', 'ę', 'ė', 'ě':
			b.WriteByte('e')
		case 'í', 'ì', 'î', 'ï', 'ī', 'ı', 'į':
			b.WriteByte('i')
		case 'ß':
			b.WriteString("ss")
		case 'ç', 'č', 'ć':
			b.WriteByte('c')
		case 'š', 'ś', 'ş', 'ș':
			b.WriteString("sh")
		case 'ž', 'ź', 'ż':
			b.WriteByte('z')
		case 'ñ', 'ń', 'ň':
			b.WriteByte('n')
		case 'ł':
			b.WriteByte('l')
		case 'ř':
			b.WriteByte('r')
		case 'ğ':
			b.WriteByte('g')
		case 'ý', 'ÿ':
			b.WriteByte('y')
		case 'đ', 'ď':
			b.WriteByte('d')
		case 'ť':
			b.WriteByte('t')
		case '’', '\'', 'ʻ', 'ʼ':
			// apostrophes vanish in transliteration
		default:
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == ' ' {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// skeletonRules rewrite German, English and scholarly transliterations of
// the same (mostly Cyrillic) sounds to one spelling. Order matters: longer
// patterns first.
var skeletonRules = []struct{ from, to string }{
	{"tsch", "ch"}, {"sch", "sh"}, {"zh", "sh"}, {"kh", "h"}, {"ch", "h"},
	{"dsh", "j"}, {"dzh", "j"}, {"dj", "j"}, {"ph", "f"}, {"th", "t"},
	{"ck", "k"}, {"ks", "x"}, {"ie", "i"}, {"ou", "u"}, {"ts", "z"}, {"tz", "z"},
}

// Skeleton maps a name to a transliteration-neutral key: Tokajew and
// Tokayev give "tokaev", Nasarbajew and Nazarbayev "nasarbaev", Kassym and
// Qassym "kasim". It is used for keys and for similarity.
func Skeleton(s string) string {
	s = Fold(s)
	for _, r := range skeletonRules {
		if strings.Contains(s, r.from) {
			s = strings.ReplaceAll(s, r.from, r.to)
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for _, r := range s {
		switch r {
		case 'w':
			r = 'v'
		case 'j', 'y':
			r = 'i'
		case 'z':
			r = 's'
		case 'q', 'c':
			r = 'k'
		case 'x':
			b.WriteString("ks")
			prev = 's'
			continue
		case '-', ' ':
			r = ' '
		}
		if r == prev {
			continue // doubled letters: Massimow = Masimov
		}
		// "ai"/"ia" from j/y between vowels collapse: Tokajew → tokaiev → tokaev
		if r == 'i' && (prev == 'a' || prev == 'o' || prev == 'u' || prev == 'e') {
			prev = r
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return strings.TrimSpace(b.String())
}

// Cologne returns the Kölner Phonetik code of s (German phonetic
// matching): Tokajew and Tojakow both give "243".
func Cologne(s string) string {
	s = Fold(s)
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			rs = append(rs, r)
		}
	}
	codes := make([]byte, 0, len(rs)*2)
	for i, r := range rs {
		var prev, next rune
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		var c string
		switch r {
		case 'a', 'e', 'i', 'j', 'o', 'u', 'y':
			c = "0"
		case 'h':
			c = ""
		case 'b':
			c = "1"
		case 'p':
			if next == 'h' {
				c = "3"
			} else {
				c = "1"
			}
		case 'd', 't':
			if next == 'c' || next == 's' || next == 'z' {
				c = "8"
			} else {
				c = "2"
			}
		case 'f', 'v', 'w':
			c = "3"
		case 'g', 'k', 'q':
			c = "4"
		case 'c':
			if i == 0 {
				if strings.ContainsRune("ahkloqrux", next) {
					c = "4"
				} else {
					c = "8"
				}
			} else if strings.ContainsRune("sz", prev) || !strings.ContainsRune("ahkoqux", next) {
				c = "8"
			} else {
				c = "4"
			}
		case 'x':
			if strings.ContainsRune("ckq", prev) {
				c = "8"
			} else {
				c = "48"
			}
		case 'l':
			c = "5"
		case 'm', 'n':
			c = "6"
		case 'r':
			c = "7"
		case 's', 'z':
			c = "8"
		}
		codes = append(codes, c...)
	}
	// collapse repeats, then drop zeros except at the start
	out := make([]byte, 0, len(codes))
	for i, c := range codes {
		if i > 0 && c == codes[i-1] {
			continue
		}
		if c == '0' && len(out) > 0 {
			continue
		}
		out = append(out, c)
	}
	// a zero kept at the start after a collapse can hide a following repeat; fine for matching
	return string(out)
}

// JaroWinkler returns the Jaro-Winkler similarity of a and b in [0,1].
func JaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 || lb == 0 {
		return 0
	}
	window := max(la, lb)/2 - 1
	if window < 0 {
		window = 0
	}
	ma := make([]bool, la)
	mb := make([]bool, lb)
	matches := 0
	for i := range ra {
		lo, hi := max(0, i-window), min(lb, i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	trans := 0
	k := 0
	for i := range ra {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if ra[i] != rb[k] {
			trans++
		}
		k++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(trans)/2)/m) / 3
	prefix := 0
	for prefix < 4 && prefix < la && prefix < lb && ra[prefix] == rb[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}

// runeLen is utf8.RuneCountInString, named for readability at call sites.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// FirstRune returns the first rune of s, or 0.
func FirstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
