package query

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/names"
)

// How a name matched an entity, from the surest to the loosest. The first
// three are exact (case and accents aside); words and spelling apply the
// resolver's rules (package names) and may resolve a name; prefix and
// fuzzy only suggest.
const (
	MatchXID      = "xid"      // the input is the entity's key
	MatchName     = "name"     // the input is its name
	MatchAlias    = "alias"    // the input is one of its aliases
	MatchWords    = "words"    // every word of the input is a word of one alias
	MatchSpelling = "spelling" // every word is a word of one alias or a spelling variant of it (Tokayev, Tojakow for Tokajew)
	MatchPrefix   = "prefix"   // the input begins an alias, or its words begin the alias's words
	MatchFuzzy    = "fuzzy"    // an alias is a few letters away from the input
)

// matchRank orders the match kinds, surest first.
var matchRank = map[string]int{MatchXID: 0, MatchName: 1, MatchAlias: 2, MatchWords: 3, MatchSpelling: 4, MatchPrefix: 5, MatchFuzzy: 6}

// resolves reports whether a match of this kind may stand for the entity
// when it is the only best one; looser matches are only suggested.
func resolves(kind string) bool { return matchRank[kind] <= matchRank[MatchSpelling] }

// Limits of one search.
const (
	// maxSearchWords bounds the words looked up one by one; longer input
	// still has to match in every word.
	maxSearchWords = 6
	// DefaultSearchLimit is how many entities Search returns by default.
	DefaultSearchLimit = 20
	minPrefixLen       = 3 // runes: shorter prefixes match too much
)

// nameWords splits a folded name into words at spaces and hyphens
// (Kassym-Schomart is two given names).
func nameWords(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return r == ' ' || r == '-' })
}

// wordScore is how well one input word w matches one alias word a (both
// folded): 1 equal, less for a prefix (a truncated word is not taken for a
// spelling variant, though Jaro-Winkler likes it), the names.Match score
// for a spelling variant, 0.5 for a word one letter off; kind says which.
func wordScore(w, a string) (float64, string) {
	if w == a {
		return 1, MatchWords
	}
	wl, al := utf8.RuneCountInString(w), utf8.RuneCountInString(a)
	if strings.HasPrefix(a, w) {
		if wl >= minPrefixLen {
			return 0.6 + 0.3*float64(wl)/float64(al), MatchPrefix
		}
		return 0, ""
	}
	ska, skb := names.Skeleton(w), names.Skeleton(a)
	if s, _ := names.Match(ska, skb, w, a); s > 0 {
		return s, MatchSpelling
	}
	// One letter off, in words long enough not to be other words (Iran,
	// Irak), and not a surname's feminine form (another person).
	if min(wl, al) >= 4 && max(wl, al) >= 5 && names.EditDistance(w, a) == 1 && !names.GenderedPair(ska, skb) {
		return 0.5, MatchFuzzy
	}
	return 0, ""
}

// ScoreName rates how well a user's name matches an entity with the given
// aliases (names included), case and accents aside: every word of the
// input must match a word of one alias (equal, a spelling variant by the
// resolver's rules, or a prefix), or the whole input begins an alias. It
// returns the best score (1 for an exact alias), the kind of match, and the
// alias that matched; 0 and "" when nothing does.
func ScoreName(input string, aliases []string) (score float64, kind, matched string) {
	q := strings.Join(strings.Fields(Fold(input)), " ")
	qw := nameWords(q)
	if len(qw) == 0 {
		return 0, "", ""
	}
	// better prefers the higher score, then the surer kind, then the
	// shorter alias (the more specific one).
	better := func(s float64, k, al string) bool {
		switch {
		case s != score:
			return s > score
		case s == 0:
			return false
		case matchRank[k] != matchRank[kind]:
			return matchRank[k] < matchRank[kind]
		}
		return len(al) < len(matched)
	}
	for _, al := range aliases {
		af := strings.Join(strings.Fields(Fold(al)), " ")
		if af == "" {
			continue
		}
		if af == q {
			return 1, MatchAlias, al
		}
		if utf8.RuneCountInString(q) >= minPrefixLen && strings.HasPrefix(af, q) {
			if s := 0.6 + 0.3*float64(len(q))/float64(len(af)); better(s, MatchPrefix, al) {
				score, kind, matched = s, MatchPrefix, al
			}
		}
		aw := nameWords(af)
		// every input word against its best alias word; the alias scores
		// as its weakest input word, and kinds as the loosest.
		total, loosest := 1.0, MatchWords
		for _, w := range qw {
			best, bestKind := 0.0, ""
			for _, a := range aw {
				if s, k := wordScore(w, a); s > best {
					best, bestKind = s, k
				}
			}
			if best == 0 {
				total = 0
				break
			}
			total = min(total, best)
			if matchRank[bestKind] > matchRank[loosest] {
				loosest = bestKind
			}
		}
		if total > 0 && better(total, loosest, al) {
			score, kind, matched = total, loosest, al
		}
	}
	return score, kind, matched
}

// searchFields are the fields every search block reads.
const searchFields = `{ uid xid name name_folded dgraph.type alias }`

// searchQuery builds the look-up of the tolerant search from constant
// fragments; the input reaches it only through the variables it returns.
// Blocks: entities with any word of the input (term index of alias), with
// an alias the input begins (range over the exact index of alias_folded),
// with an alias a few letters away (trigram), and, per input word, with a
// surname or name of the same transliteration skeleton or Kölner code, or a
// skeleton within two edits (name_skeleton, name_code: see graph).
func searchQuery(input string) (string, map[string]string) {
	folded := strings.Join(strings.Fields(Fold(input)), " ")
	vars := map[string]string{
		"$folded": folded,
		"$hi":     folded + "\uffff",
		"$terms":  strings.TrimSpace(strings.Join(strings.Fields(strings.ToValidUTF8(input, " ")), " ") + " " + folded),
	}
	decl := []string{"$folded: string", "$hi: string", "$terms: string"}
	var body strings.Builder
	block := func(name, fn, first string) {
		fmt.Fprintf(&body, "\t%s(func: %s, first: %s) @filter(%s) %s\n", name, fn, first, entityTypes, searchFields)
	}
	block("words", "anyofterms(alias, $terms)", "200")
	if utf8.RuneCountInString(folded) >= minPrefixLen {
		block("prefix", "between(alias_folded, $folded, $hi)", "50")
		block("fuzzy", "match(alias_folded, $folded, 2)", "20")
	}
	words := nameWords(folded)
	if len(words) > maxSearchWords {
		words = words[:maxSearchWords]
	}
	var skels, codes []string
	for i, w := range words {
		sk, co := names.Skeleton(w), names.Cologne(w)
		if sk != "" {
			v := fmt.Sprintf("$s%d", i)
			vars[v] = sk
			decl = append(decl, v+": string")
			skels = append(skels, v)
			if utf8.RuneCountInString(sk) >= names.MinFuzzyLen {
				block(fmt.Sprintf("near%d", i), "match(name_skeleton, "+v+", 2)", "50")
			}
		}
		if co != "" {
			v := fmt.Sprintf("$c%d", i)
			vars[v] = co
			decl = append(decl, v+": string")
			codes = append(codes, v)
		}
	}
	if len(skels) > 0 {
		block("skeleton", "eq(name_skeleton, ["+strings.Join(skels, ", ")+"])", "100")
	}
	if len(codes) > 0 {
		block("code", "eq(name_code, ["+strings.Join(codes, ", ")+"])", "200")
	}
	return "query search(" + strings.Join(decl, ", ") + ") {\n" + body.String() + "}", vars
}

// tolerant finds the entities the input matches by words, spelling,
// prefix or a near spelling, scored by ScoreName, best first.
func (c *Client) tolerant(ctx context.Context, input string) ([]Candidate, error) {
	q, vars := searchQuery(input)
	var res map[string][]rawCandidate
	if err := c.run(ctx, q, vars, &res); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []Candidate
	for _, list := range res {
		for _, r := range list {
			if seen[r.UID] {
				continue
			}
			seen[r.UID] = true
			forms := append([]string{r.Name}, r.Alias...)
			score, kind, matched := ScoreName(input, forms)
			if score == 0 {
				continue
			}
			al := append([]string(nil), r.Alias...)
			sort.Strings(al)
			out = append(out, Candidate{Ref: *r.ref(), Aliases: al, Match: kind, Matched: matched, Score: round2(score)})
		}
	}
	sortCandidates(out)
	return out, nil
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// sortCandidates orders by score, then kind, then name and xid.
func sortCandidates(cs []Candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if matchRank[a.Match] != matchRank[b.Match] {
			return matchRank[a.Match] < matchRank[b.Match]
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.XID < b.XID
	})
}

// checkName refuses input no entity can be named by.
func checkName(name string) error {
	if Fold(name) == "" {
		return newsgraph.Errorf(newsgraph.EINVALID, "empty name")
	}
	if len(name) > MaxNameLen {
		return newsgraph.Errorf(newsgraph.EINVALID, "name of %d bytes is too long (at most %d)", len(name), MaxNameLen)
	}
	return nil
}

// Search lists the entities a user's name may mean, best first, at most
// limit (DefaultSearchLimit when limit < 1): exact matches of xid, name or
// alias (case and accents aside), then tolerant ones (words, spelling
// variants, prefixes, near spellings; see ScoreName). Each candidate says
// how it matched and with what score. This is GET /v1/entities?q=.
func (c *Client) Search(ctx context.Context, name string, limit int) ([]Candidate, error) {
	if limit < 1 {
		limit = DefaultSearchLimit
	}
	exact, err := c.exact(ctx, name)
	if err != nil {
		return nil, err
	}
	out := exact
	more, err := c.tolerant(ctx, name)
	if err != nil {
		return nil, err
	}
	for _, m := range more {
		if !containsUID(out, m.UID) {
			out = append(out, m)
		}
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func containsUID(cs []Candidate, uid string) bool {
	for _, c := range cs {
		if c.UID == uid {
			return true
		}
	}
	return false
}
