package io.orgaudit.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A line per rule: its compliance over the runs, read from the Trend sheet's own cells (categories: run headers). */
final class TrendChart {

    static final String TITLE = "Compliance per rule over the runs";
    private static final int WIDTH_IN_COLUMNS = 12;

    private TrendChart() {
    }

    static void draw(XSSFSheet sheet, int headerRow, int firstRow, int lastRow, int firstColumn, int lastColumn,
                     int top, int height) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, WIDTH_IN_COLUMNS,
                top + height));
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);

        XDDFCategoryAxis runs = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis share = chart.createValueAxis(AxisPosition.LEFT);
        share.setCrosses(AxisCrosses.AUTO_ZERO);
        share.setMinimum(0);
        share.setMaximum(1);
        share.setNumberFormat("0%");

        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, runs, share);
        data.setVaryColors(false);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow, headerRow, firstColumn, lastColumn));
        for (int row = firstRow; row <= lastRow; row++) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                            new CellRangeAddress(row, row, firstColumn, lastColumn)));
            series.setTitle(sheet.getRow(row).getCell(1).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), row, 1, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
        }
        chart.plot(data);
    }
}
