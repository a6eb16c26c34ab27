package graph

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// The merge log (merge_log on Report and entity nodes) is kept as one line
// per decision, readable in Ratel. The lines are written by the functions
// below and read back by ParseMergeLog, so the two stay in one place.

// Kinds of merge decisions.
const (
	// MergeInArticle: the resolver joined a surface form to an entity
	// within one article (newsgraph.Merge).
	MergeInArticle = "in_article"
	// MergeAcrossArticles: a Save identified an incoming entity key with a
	// stored entity (cross-article identity).
	MergeAcrossArticles = "across_articles"
	// MergeByUser: a user merged another entity into this one.
	MergeByUser = "user_merge"
	// SplitByUser: a user split a key off this entity.
	SplitByUser = "user_split"
)

// KeyMergedEarlier is the rule of a cross-article merge by a key that an
// earlier load (or a user) had already identified with the entity.
const KeyMergedEarlier = "key merged earlier"

// KeyJoinedByUser is the rule of a cross-article merge by a key a user
// merged with the entity's (a Joined rule) before the entity was
// forgotten and created again.
const KeyJoinedByUser = "key merged by a user"

// MergeRecord is one decision that made an entity what it is: which
// spelling or key joined it, by which rule, with what score.
type MergeRecord struct {
	Kind string `json:"kind"` // MergeInArticle, MergeAcrossArticles, MergeByUser or SplitByUser
	// Form is the spelling that joined: the surface form (in article), the
	// incoming form as folded (across articles), the other entity's name
	// (user merge).
	Form string `json:"form,omitempty"`
	// Matched is the stored form Form was found similar to (across
	// articles, for a spelling variant).
	Matched string `json:"matched,omitempty"`
	// Key is the entity key merged in (across articles, user merge) or
	// split off (user split).
	Key    string  `json:"key,omitempty"`
	Rule   string  `json:"rule"`
	Score  float64 `json:"score,omitempty"`
	Line   string  `json:"-"` // the stored line
	Parsed bool    `json:"-"` // false: Line has no known shape; Rule holds it
}

// inArticleLine is a Report's line for the resolver's merge m.
func inArticleLine(m newsgraph.Merge) string {
	return fmt.Sprintf("%s: %s (%.2f)", m.Form, m.Reason, m.Score)
}

// acrossLine is a Report's line for an incoming key identified with a
// stored entity: why is identity's reason.
func acrossLine(key, into, why string, score float64) string {
	return fmt.Sprintf("%s joined %s: %s (%.2f)", key, into, why, score)
}

// userMergeLine and userSplitLine are the entity's lines for a user's
// merge and split.
func userMergeLine(key, name string) string {
	return fmt.Sprintf("user merged %s %q into it", key, name)
}
func userSplitLine(key string) string { return "user split " + key + " from it" }

var (
	acrossPattern    = regexp.MustCompile(`^(.+?) joined (.+?): (.*) \(([0-9]+(?:\.[0-9]+)?)\)$`)
	inArticlePattern = regexp.MustCompile(`^(.+?): (.*) \(([0-9]+(?:\.[0-9]+)?)\)$`)
	userMergePattern = regexp.MustCompile(`^user merged (.+) ("(?:[^"\\]|\\.)*") into it$`)
	userSplitPattern = regexp.MustCompile(`^user split (.+) from it$`)
	// identity's reasons: "same name F" or "a ~ b: rule".
	variantPattern = regexp.MustCompile(`^(.+?) ~ (.+?): (.+)$`)
)

// ParseMergeLog reads one merge_log line back into its parts. A line of no
// known shape (written by an older version) comes back with Parsed false
// and the whole line as Rule.
func ParseMergeLog(line string) MergeRecord {
	line = strings.TrimSpace(line)
	r := MergeRecord{Line: line, Parsed: true}
	if m := userMergePattern.FindStringSubmatch(line); m != nil {
		r.Kind, r.Key, r.Rule = MergeByUser, m[1], "merged by a user"
		if name, err := strconv.Unquote(m[2]); err == nil {
			r.Form = name
		}
		return r
	}
	if m := userSplitPattern.FindStringSubmatch(line); m != nil {
		r.Kind, r.Key, r.Rule = SplitByUser, m[1], "split off by a user"
		return r
	}
	if m := acrossPattern.FindStringSubmatch(line); m != nil {
		r.Kind, r.Key, r.Rule = MergeAcrossArticles, m[1], m[3]
		r.Score, _ = strconv.ParseFloat(m[4], 64)
		if v := variantPattern.FindStringSubmatch(m[3]); v != nil {
			r.Form, r.Matched, r.Rule = v[1], v[2], v[3]
		} else if f, ok := strings.CutPrefix(m[3], "same name "); ok {
			r.Form, r.Rule = f, "same name"
		}
		return r
	}
	if m := inArticlePattern.FindStringSubmatch(line); m != nil {
		r.Kind, r.Form, r.Rule = MergeInArticle, m[1], m[2]
		r.Score, _ = strconv.ParseFloat(m[3], 64)
		return r
	}
	return MergeRecord{Rule: line, Line: line}
}
