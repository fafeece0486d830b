package ninjs

// Item is a ninjs news object, with the properties paiban fills, in the
// order they are written. Field names and shapes are the ninjs 3.2
// schema's; empty fields are left out.
type Item struct {
	URI                string        `json:"uri"`
	Standard           *Standard     `json:"standard,omitempty"`
	Type               string        `json:"type,omitempty"`
	RepresentationType string        `json:"representationType,omitempty"`
	VersionCreated     string        `json:"versionCreated,omitempty"`
	Language           string        `json:"language,omitempty"`
	Headlines          []Text        `json:"headlines,omitempty"`
	By                 string        `json:"by,omitempty"`
	People             []Person      `json:"people,omitempty"`
	Located            string        `json:"located,omitempty"`
	Descriptions       []Text        `json:"descriptions,omitempty"`
	Bodies             []Body        `json:"bodies,omitempty"`
	Associations       []Association `json:"associations,omitempty"`
}

// Standard names the standard, version and schema an object conforms to.
type Standard struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
}

// Text is a headline or a description: a value and its role.
type Text struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	Value       string `json:"value"`
}

// Body is one rendition of an article's text.
type Body struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	CharCount   int    `json:"charCount,omitempty"`
	Value       string `json:"value"`
}

// Person is someone a byline names; Rel is the role the byline gives them
// as written (记者, 通讯员, 기자 …).
type Person struct {
	Name string `json:"name"`
	Rel  string `json:"rel,omitempty"`
}

// Association is an item inside a package, with the name ninjs requires.
type Association struct {
	Name string `json:"name"`
	*Item
}
