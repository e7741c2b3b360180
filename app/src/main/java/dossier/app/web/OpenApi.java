package dossier.app.web;

/** The OpenAPI 3 description of the REST API, served at /api/openapi.json. */
final class OpenApi {
    private OpenApi() {}

    private static String pageParams() {
        return """
                {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                {"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}""";
    }

    static final String JSON = """
            {
              "openapi": "3.0.3",
              "info": {"title": "dossier", "version": "0.1.0",
                       "description": "Read-only access to a dossier store: entities across articles, quotes, timelines, records, full-text search. Lists are paginated ({page, size, items, hasMore}); a bad parameter is a 400 with {\\"error\\"}."},
              "paths": {
                "/api/entities": {"get": {"summary": "Entities whose aliases or spelling variants match q",
                  "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}, %1$s],
                  "responses": {"200": {"description": "a page of entity summaries"}, "400": {"description": "bad parameter"}}}},
                "/api/entities/{id}": {"get": {"summary": "An entity's profile: aliases, roles, quotes by and about, events, articles",
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                  "responses": {"200": {"description": "the profile"}, "404": {"description": "no such entity"}}}},
                "/api/entities/{id}/timeline": {"get": {"summary": "The entity's events and statements in date order",
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}, %1$s],
                  "responses": {"200": {"description": "a page of timeline items"}, "404": {"description": "no such entity"}}}},
                "/api/quotes": {"get": {"summary": "Quotes by or about an entity, in a period, with words",
                  "parameters": [{"name": "by", "in": "query", "schema": {"type": "integer"}},
                                 {"name": "about", "in": "query", "schema": {"type": "integer"}},
                                 {"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}},
                                 {"name": "until", "in": "query", "schema": {"type": "string", "format": "date"}},
                                 {"name": "q", "in": "query", "schema": {"type": "string"}}, %1$s],
                  "responses": {"200": {"description": "a page of quotes"}, "400": {"description": "bad parameter"}}}},
                "/api/articles/{id}": {"get": {"summary": "An article's record (DESIGN.md's JSON record)",
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}],
                  "responses": {"200": {"description": "the record"}, "404": {"description": "no such article"}}}},
                "/api/search": {"get": {"summary": "Full-text search over articles and quotes, ranked, with snippets",
                  "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}, %1$s],
                  "responses": {"200": {"description": "a page of hits"}, "400": {"description": "bad parameter"}}}},
                "/api/openapi.json": {"get": {"summary": "This description", "responses": {"200": {"description": "OpenAPI 3"}}}}
              }
            }
            """.formatted(pageParams());
}
