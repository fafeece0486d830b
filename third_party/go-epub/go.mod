module github.com/go-shiori/go-epub

go 1.21

require github.com/gofrs/uuid/v5 v5.0.0
