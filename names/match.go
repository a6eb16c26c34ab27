package names

import (
	"fmt"
	"strings"
)

// Thresholds for identifying two spellings of a name.
const (
	MinFuzzyLen   = 6    // shorter skeletons match only when equal
	JWWithCode    = 0.84 // Jaro-Winkler needed when the Kölner codes agree
	JWWithoutCode = 0.93 // Jaro-Winkler needed when they do not
	JWWithGiven   = 0.78 // surnames of two full names with the same given name
	JWGiven       = 0.9  // two given names that are spelling variants
	MaxGivenEdits = 2    // and differ by at most this many letters
)

// GivenVariant reports whether two given names (skeletons ska and skb) are
// spelling variants of one name: equal, or close by Jaro-Winkler and at
// most MaxGivenEdits edits apart (Alexander/Aleksandr). Jaro-Winkler alone
// rewards a shared start, so different names with one (Nurlan/Nursultan)
// would pass it.
func GivenVariant(ska, skb string) bool {
	if ska == skb {
		return true
	}
	return JaroWinkler(ska, skb) >= JWGiven && EditDistance(ska, skb) <= MaxGivenEdits
}

// EditDistance returns the Levenshtein distance of a and b in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			next := min(row[j]+1, row[j-1]+1, diag+cost)
			diag, row[j] = row[j], next
		}
	}
	return row[len(rb)]
}

// Match scores two names a and b given their skeletons ska and skb: 1 for
// equal skeletons, the Jaro-Winkler similarity of the skeletons for a close
// variant, 0 for no match; why says which rule decided. Short names, names
// with different initials or different numbers (Apollo 11, Apollo 13) and
// opposite-gender surname forms never match fuzzily.
func Match(ska, skb, a, b string) (score float64, why string) {
	if ska == skb {
		if Fold(a) == Fold(b) {
			return 1, "same name"
		}
		return 1, "same transliteration skeleton " + ska
	}
	if runeLen(ska) < MinFuzzyLen || runeLen(skb) < MinFuzzyLen {
		return 0, ""
	}
	if FirstRune(ska) != FirstRune(skb) {
		return 0, ""
	}
	if GenderedPair(ska, skb) || digits(ska) != digits(skb) {
		return 0, ""
	}
	jw := JaroWinkler(ska, skb)
	ca, cb := Cologne(a), Cologne(b)
	switch {
	case ca == cb && jw >= JWWithCode:
		return jw, fmt.Sprintf("Kölner Phonetik %s, Jaro-Winkler %.2f", ca, jw)
	case jw >= JWWithoutCode:
		return jw, fmt.Sprintf("Jaro-Winkler %.2f", jw)
	}
	return 0, ""
}

// GenderedPair reports whether two skeletons differ only by a feminine
// ending (ivanov/ivanova, kovalski/kovalska): relatives, not one person.
func GenderedPair(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if b == a+"a" {
		return true
	}
	if strings.HasSuffix(a, "ki") && strings.HasSuffix(b, "ka") && a[:len(a)-1] == b[:len(b)-1] {
		return true
	}
	return false
}

// digits returns the digits of s in order.
func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
