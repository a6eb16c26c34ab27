// Package all registers every export format; import it for its side effect.
package all

import (
	_ "github.com/newsgraph/newsgraph/export/dot"        // DOT for Graphviz
	_ "github.com/newsgraph/newsgraph/export/graphml"    // GraphML for Gephi, Cytoscape
	_ "github.com/newsgraph/newsgraph/export/jsonexport" // node-link JSON
	_ "github.com/newsgraph/newsgraph/export/rdf"        // N-Quads for dgraph live/bulk
)
