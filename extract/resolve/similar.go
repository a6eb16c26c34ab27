package resolve

import "github.com/newsgraph/newsgraph/names"

// The name-similarity functions live in package names, shared with the
// graph store's cross-article identity; these keep resolve's API.

// Fold lowercases s and removes diacritics (see names.Fold).
func Fold(s string) string { return names.Fold(s) }

// Skeleton maps a name to a transliteration-neutral key (see names.Skeleton).
func Skeleton(s string) string { return names.Skeleton(s) }

// Cologne returns the Kölner Phonetik code of s (see names.Cologne).
func Cologne(s string) string { return names.Cologne(s) }

// JaroWinkler returns the Jaro-Winkler similarity of a and b (see names.JaroWinkler).
func JaroWinkler(a, b string) float64 { return names.JaroWinkler(a, b) }

// nameMatch scores two names given their skeletons (see names.Match).
func nameMatch(ska, skb, a, b string) (float64, string) { return names.Match(ska, skb, a, b) }
