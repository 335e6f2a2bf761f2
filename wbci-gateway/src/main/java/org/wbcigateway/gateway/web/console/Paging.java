package org.wbcigateway.gateway.web.console;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a console list and how many there are: "51–100 of 20,000", with links to the pages before and after
 * (the current request's URL with another {@code page}, or the parameter of a second list on the same page).
 *
 * @param page      the page shown, from 1
 * @param size      rows per page
 * @param total     rows in all
 * @param parameter the query parameter that holds the page
 */
public record Paging(int page, int size, long total, String parameter) {

    static final int SIZE = 50;

    /** The page asked for ({@code ?page=}), within 1 and the last page. */
    static Paging of(Integer requested, long total) {
        return of(requested, total, "page");
    }

    /** The page asked for in {@code ?parameter=}, for a second list on one console page. */
    static Paging of(Integer requested, long total, String parameter) {
        int pages = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        int page = requested == null ? 1 : Math.max(1, Math.min(requested, pages));
        return new Paging(page, SIZE, total, parameter);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public long from() {
        return total == 0 ? 0 : offset() + 1L;
    }

    public long to() {
        return Math.min(total, (long) page * size);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public String previous() {
        return page > 1 ? link(page - 1) : null;
    }

    public String next() {
        return page < pages() ? link(page + 1) : null;
    }

    private String link(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(parameter, page)
                .build()
                .toUriString();
    }
}
