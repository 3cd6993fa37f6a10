package ch.ag.funding.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses unbounded queries of authenticated users once a query result limit is set
 * ("An unbound number of results is forbidden!"). The webapps page their queries; for REST
 * clients of {@code /engine-rest}, a list request without {@code maxResults} gets the first page
 * of that size instead of an error. Clients that need more results page with {@code firstResult}.
 */
class DefaultPagingFilter extends OncePerRequestFilter {

  static final String MAX_RESULTS = "maxResults";

  private final int pageSize;

  DefaultPagingFilter(int pageSize) {
    this.pageSize = pageSize;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getParameter(MAX_RESULTS) != null) {
      chain.doFilter(request, response);
    } else {
      chain.doFilter(new PagedRequest(request, String.valueOf(pageSize)), response);
    }
  }

  private static final class PagedRequest extends HttpServletRequestWrapper {

    private final String maxResults;

    PagedRequest(HttpServletRequest request, String maxResults) {
      super(request);
      this.maxResults = maxResults;
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      String paging = MAX_RESULTS + "=" + maxResults;
      return query == null || query.isEmpty() ? paging : query + "&" + paging;
    }

    @Override
    public String getParameter(String name) {
      return MAX_RESULTS.equals(name) ? maxResults : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.put(MAX_RESULTS, new String[] {maxResults});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return getParameterMap().get(name);
    }
  }
}
