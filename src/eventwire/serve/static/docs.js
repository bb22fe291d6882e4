// Swagger UI over this server's OpenAPI document (a file, not an inline script: the CSP allows no
// inline code). Nothing is fetched from elsewhere: the validator badge would call a remote service.
"use strict";
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
});
