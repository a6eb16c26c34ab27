// Package schema holds newsgraph's DQL schema, embedded so that the binary
// and the tests apply exactly the file in this directory.
package schema

import (
	_ "embed"
	"strings"
)

//go:embed schema.dql
var dql string

// DQL returns the schema text, ready for an Alter operation.
func DQL() string { return dql }

// Relations returns the relation predicates (direct edges between actors),
// in the order of the schema file: the lines between "# relations:begin"
// and "# relations:end".
func Relations() []string {
	var out []string
	in := false
	for _, line := range strings.Split(dql, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "# relations:begin":
			in = true
		case line == "# relations:end":
			return out
		case in && line != "" && !strings.HasPrefix(line, "#"):
			name, _, _ := strings.Cut(line, ":")
			out = append(out, strings.TrimSpace(name))
		}
	}
	return out
}

// IsRelation reports whether name is one of the relation predicates.
func IsRelation(name string) bool {
	for _, r := range Relations() {
		if r == name {
			return true
		}
	}
	return false
}

// NodeTypes lists the dgraph.type values newsgraph writes.
var NodeTypes = []string{"Person", "Organization", "State", "Place", "Event", "Article", "Mention", "Fact", "Report", "Distinct", "Joined"}
