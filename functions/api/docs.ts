/**
 * `/docs`: Swagger UI over `/openapi.json`. Its script and stylesheet come from
 * DOCS_ASSETS_URL: the local runtime serves them from the swagger-ui-dist package (works
 * offline); on AWS the default is the package on a public CDN (nothing bundled into the Lambda).
 */
const assets = (process.env['DOCS_ASSETS_URL'] ?? 'https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0').replace(/\/$/, '');

export const docsPage = () => `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>招商 CRM API 文档</title>
  <link rel="stylesheet" href="${assets}/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="${assets}/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#docs', deepLinking: true, persistAuthorization: true });
  </script>
</body>
</html>`;
