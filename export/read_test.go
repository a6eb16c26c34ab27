package export_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/schema"
)

// describe prints a graph compactly for comparisons.
func describe(g *export.Graph) string {
	var b strings.Builder
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "N %s uid=%s xid=%s %v %q", n.ID, n.UID, n.XID, n.Types, n.Name)
		for _, p := range n.Props {
			fmt.Fprintf(&b, " %s=", p.Key)
			for _, v := range p.Values {
				fmt.Fprintf(&b, "%s:%s;", v.Kind, v.Text)
			}
		}
		b.WriteByte('\n')
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "E %s -%s-> %s", e.From, e.Type, e.To)
		for _, f := range e.Facets {
			fmt.Fprintf(&b, " %s=%s:%s", f.Key, f.Values[0].Kind, f.Values[0].Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestFromResult(t *testing.T) {
	hints := export.Hints(export.SchemaPredicates(schema.DQL()))
	tests := []struct {
		name, json, want string
	}{
		{
			name: "nested edges with facets, a node seen twice",
			json: `{"q":[{"uid":"0x1","xid":"person:a","dgraph.type":["Person"],"name":"A","alias":["A","Ah"],
				"dismissed":[{"uid":"0x2","name":"B","dismissed|date":"2022-01-08","dismissed|count":5,"dismissed|confidence":1.0}]},
				{"uid":"0x2","xid":"person:b","dgraph.type":"Person"}]}`,
			want: "N person:a uid=0x1 xid=person:a [Person] \"A\" alias=string:A;string:Ah;\n" +
				"N person:b uid=0x2 xid=person:b [Person] \"B\"\n" +
				"E person:a -dismissed-> person:b confidence=float:1.0 count=int:5 date=string:2022-01-08\n",
		},
		{
			name: "reverse edge becomes a forward edge; typed scalars by the schema",
			json: `{"data":{"q":[{"uid":"0x3","name":"OVKS","~member_of":[{"uid":"0x4","name":"Russland"}],
				"sentence_index":3,"confidence":1,"former":true,"count(member_of)":2}]}}`,
			want: "N 0x3 uid=0x3 xid= [] \"OVKS\" confidence=float:1; count(member_of)=int:2; former=bool:true; sentence_index=int:3;\n" +
				"N 0x4 uid=0x4 xid= [] \"Russland\"\n" +
				"E 0x4 -member_of-> 0x3\n",
		},
		{
			name: "objects without uid, a datetime facet, a shortest path",
			json: `{"_path_":[{"uid":"0x5","thanked":{"uid":"0x6","~mentor_of":{"uid":"0x7"}},"_weight_":2}],
				"x":[{"name":"no uid","article":{"xid":"article:1","name":"T","article|at":"2022-01-08T10:00:00Z"}}]}`,
			want: "N 0x5 uid=0x5 xid= [] \"\"\n" +
				"N 0x6 uid=0x6 xid= [] \"\"\n" +
				"N 0x7 uid=0x7 xid= [] \"\"\n" +
				"N _b:1 uid= xid= [] \"no uid\"\n" +
				"N article:1 uid= xid=article:1 [] \"T\"\n" +
				"E 0x5 -thanked-> 0x6\n" +
				"E 0x7 -mentor_of-> 0x6\n" +
				"E _b:1 -article-> article:1 at=datetime:2022-01-08T10:00:00Z\n",
		},
		{
			name: "two nodes with one xid (a duplicate) keep their uids apart",
			json: `{"q":[{"uid":"0x8","xid":"person:d","name":"D"},{"uid":"0x9","xid":"person:d","name":"D"}]}`,
			want: "N 0x8 uid=0x8 xid=person:d [] \"D\"\nN 0x9 uid=0x9 xid=person:d [] \"D\"\n",
		},
		{name: "empty result", json: `{"q":[]}`, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := export.FromResult([]byte(tt.json), hints)
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(g); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if err := export.Check(g); err != nil {
				t.Errorf("graph fails Check: %v", err)
			}
		})
	}
	for _, bad := range []string{"", "[1,2]", `{"q":`, "\xff"} {
		if _, err := export.FromResult([]byte(bad), nil); err == nil {
			t.Errorf("FromResult(%q): no error", bad)
		}
	}
}

func TestSchemaPredicates(t *testing.T) {
	preds := export.SchemaPredicates(schema.DQL())
	byName := map[string]export.Predicate{}
	for _, p := range preds {
		byName[p.Name] = p
	}
	for name, want := range map[string]export.Predicate{
		"xid":        {Name: "xid", Kind: export.String},
		"alias":      {Name: "alias", Kind: export.String, List: true},
		"count":      {Name: "count", Kind: export.Int},
		"confidence": {Name: "confidence", Kind: export.Float},
		"former":     {Name: "former", Kind: export.Bool},
		"article":    {Name: "article", UID: true},
		"dismissed":  {Name: "dismissed", UID: true, List: true},
	} {
		if byName[name] != want {
			t.Errorf("%s: %+v, want %+v", name, byName[name], want)
		}
	}
	for _, p := range preds {
		if p.Name == "type" || strings.HasPrefix(p.Name, "<") {
			t.Errorf("type block or reverse parsed as predicate: %+v", p)
		}
	}
}

func TestEdgeAliases(t *testing.T) {
	q := `query ovks($org: string = "ovks") {
  ovks(func: eq(alias_folded, $org), first: 5) @filter(type(Organization)) {
    uid n: name
    member: ~member_of { uid sent:sent_troops @facets(count) { uid } }
    ~leads { uid }
    org: title
  }
}`
	got := export.EdgeAliases(q, export.SchemaPredicates(schema.DQL()))
	want := map[string]string{"member": "~member_of", "sent": "sent_troops"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
