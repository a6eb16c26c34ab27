package schema

import (
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"os"
	"regexp"
	"strings"
	"testing"
)

// The relation predicates must be exactly the 21 relation types of the gold
// vocabulary, so that every extracted relation has an edge to go to.
func TestRelationsMatchGoldVocabulary(t *testing.T) {
	b, err := os.ReadFile(sharedtest.Path(t, "gold", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, table, _ := strings.Cut(string(b), "## Relation types")
	re := regexp.MustCompile(`(?m)^\| ([a-z_]+) \|`)
	var gold []string
	for _, m := range re.FindAllStringSubmatch(table, -1) {
		if m[1] != "type" {
			gold = append(gold, m[1])
		}
	}
	got := Relations()
	if strings.Join(got, ",") != strings.Join(gold, ",") {
		t.Errorf("relations\n got %v\nwant %v", got, gold)
	}
}

// Ratel's expand(_all_) and delete <uid> * * work through the types, so
// every entity type must list every relation and its reverse.
func TestEntityTypesListEveryEdge(t *testing.T) {
	for _, typ := range []string{"Person", "Organization", "State", "Place", "Event"} {
		body := typeBody(t, typ)
		for _, r := range append(Relations(), "name", "xid", "alias", "~agent", "~patient", "~mention_of") {
			want := r
			if strings.HasPrefix(r, "~") {
				want = "<" + r + ">"
			}
			if !containsLine(body, want) {
				t.Errorf("type %s lacks %s", typ, want)
			}
		}
	}
	for _, tc := range []struct{ typ, field string }{
		{"Article", "<~article>"}, {"Fact", "<~mention_of>"}, {"Fact", "agent"},
		{"Mention", "article"}, {"Mention", "mention_of"}, {"Article", "name"}, {"Fact", "name"}, {"Mention", "name"},
	} {
		if !containsLine(typeBody(t, tc.typ), tc.field) {
			t.Errorf("type %s lacks %s", tc.typ, tc.field)
		}
	}
}

func typeBody(t *testing.T, typ string) string {
	t.Helper()
	_, rest, ok := strings.Cut(DQL(), "type "+typ+" {")
	if !ok {
		t.Fatalf("no type %s", typ)
	}
	body, _, _ := strings.Cut(rest, "}")
	return body
}

func containsLine(body, field string) bool {
	for _, l := range strings.Split(body, "\n") {
		if strings.TrimSpace(l) == field {
			return true
		}
	}
	return false
}
