# syntax=docker/dockerfile:1
# MaGuide in a container (docs/deploy.md): built with the .NET SDK image, run on the ASP.NET runtime image as the
# image's non-root user. Content is checked and the store built here, at image build time, so a container starts
# serving at once and never writes: run it with a read-only root filesystem and a tmpfs /tmp (compose.yaml does).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src
# Restore from the project files alone, so a code or content change reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/MaGuide.Web/MaGuide.Web.csproj src/MaGuide.Web/
RUN dotnet restore src/MaGuide.Web/MaGuide.Web.csproj
COPY src/ src/
RUN dotnet publish src/MaGuide.Web/MaGuide.Web.csproj -c Release --no-restore -o /app/bin
COPY content/ /app/content/
# A broken guide or CSV fails the image build here, with file:line messages; then the store is built once.
RUN dotnet /app/bin/MaGuide.Web.dll check --Content:Root=/app/content \
 && dotnet /app/bin/MaGuide.Web.dll build-store --Content:Root=/app/content --Store:Path=/app/store/maguide.db

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Owned by root and only readable by the app user: the running site cannot change its code, content or store.
COPY --from=build /app/ /app/
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Content__Root=/app/content \
    Store__Path=/app/store/maguide.db \
    DOTNET_NOLOGO=1 \
    DOTNET_EnableDiagnostics=0
USER $APP_UID
EXPOSE 8080
# No curl in the runtime image: bash asks /healthz itself (Host: localhost, so keep localhost in AllowedHosts).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "/app/bin/MaGuide.Web.dll"]
